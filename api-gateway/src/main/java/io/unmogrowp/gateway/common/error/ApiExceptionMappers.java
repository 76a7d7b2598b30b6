package io.unmogrowp.gateway.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.unmogrowp.gateway.common.database.DataAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;

/** Turns every failure into the JSON error shape; bad input is always a 4xx, never a 500. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException exception) {
        return ErrorResponses.of(exception.error());
    }

    @ServerExceptionMapper
    public Response jsonException(JsonProcessingException exception) {
        return ErrorResponses.of(fromJson(exception));
    }

    /** Replaces Quarkus' built-in mapper for this type, which answers 400 without our JSON body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception) {
        return ErrorResponses.of(fromJson(exception));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception) {
        // Report the first violation in a stable order, so repeated calls give the same answer.
        return exception.getConstraintViolations().stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(violation -> ErrorResponses.of(400, "invalid_request", fieldOf(violation), violation.getMessage()))
                .orElseGet(() -> ErrorResponses.of(400, "invalid_request", null, "request failed validation"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return jsonException(json);
        }
        int status = exception.getResponse().getStatus();
        String error = switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "request_rejected";
        };
        if (status >= 500) {
            LOG.error("request failed", exception);
        }
        String reason = exception.getMessage() == null ? Response.Status.fromStatusCode(status) + "" : exception.getMessage();
        return ErrorResponses.of(status, error, null, reason);
    }

    @ServerExceptionMapper
    public Response dataAccess(DataAccessException exception) {
        if (exception.isConnectionFailure()) {
            LOG.warn("PostgreSQL unavailable: " + exception.getCause().getMessage());
            return ErrorResponses.of(503, "database_unavailable", null, "PostgreSQL is unavailable, retry later");
        }
        LOG.error("database failure", exception);
        return ErrorResponses.of(500, "internal_error", null, "unexpected database failure");
    }

    static ApiError fromJson(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return new ApiError(400, "invalid_request", pathOf(unknown), "unknown field");
        }
        if (exception instanceof InvalidFormatException format) {
            return new ApiError(400, "invalid_request", pathOf(format),
                    "must be a " + simpleTypeName(format.getTargetType()));
        }
        if (exception instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new ApiError(400, "invalid_request", pathOf(mismatch),
                    "must be a " + simpleTypeName(mismatch.getTargetType()));
        }
        return new ApiError(400, "invalid_request", null, "malformed JSON body: " + exception.getOriginalMessage());
    }

    private static String pathOf(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "value of the documented type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "JSON array";
        }
        return "JSON object";
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node.getName();
        }
        return leaf == null ? null : toSnakeCase(leaf);
    }

    static String toSnakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
