package io.unmogrowp.customersuccess.common.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.Locale;

/**
 * Every failure leaves as an {@link ApiError}: bad input is a 4xx naming the offending field, and only
 * genuine server faults are 500s. Jackson and validation exceptions are mapped by their exact types
 * because the framework's built-in mappers for those types would otherwise win.
 */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException exception) {
        return respond(exception.toBody());
    }

    @ServerExceptionMapper
    public Response reactiveViolation(ResteasyReactiveViolationException exception) {
        return violations(exception);
    }

    @ServerExceptionMapper
    public Response violation(ConstraintViolationException exception) {
        return violations(exception);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException exception) {
        return respond(new ApiError(400, "invalid_request", "body", "malformed JSON: " + exception.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException exception) {
        String field = JsonFieldNames.fromJacksonPath(exception.getPath());
        return respond(new ApiError(400, "invalid_request", field, "unknown field"));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException exception) {
        return wrongType(exception);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception) {
        return wrongType(exception);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException exception) {
        return wrongType(exception);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException exception) {
        return respond(new ApiError(400, "invalid_request", "body", "unreadable JSON: " + exception.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        // The JSON reader wraps parse failures in a 400 WebApplicationException; answer with the precise field.
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse);
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return unknownProperty(unknown);
            }
            if (cause instanceof JsonMappingException mapping) {
                return wrongType(mapping);
            }
            if (cause instanceof JsonProcessingException processing) {
                return jsonProcessing(processing);
            }
        }
        int status = exception.getResponse().getStatus();
        if (status == 400) {
            return respond(new ApiError(400, "invalid_request", "body", exception.getMessage()));
        }
        if (status >= 500) {
            LOG.error("request failed", exception);
            return respond(new ApiError(status, "internal_error", null, "the server could not complete the request"));
        }
        String error = Response.Status.fromStatusCode(status) == null
                ? "request_error"
                : Response.Status.fromStatusCode(status).name().toLowerCase(Locale.ROOT);
        return respond(new ApiError(status, error, null, exception.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception exception) {
        LOG.error("unexpected failure", exception);
        return respond(new ApiError(500, "internal_error", null, "the server could not complete the request"));
    }

    private Response wrongType(JsonMappingException exception) {
        String field = JsonFieldNames.fromJacksonPath(exception.getPath());
        if (field == null) {
            return respond(new ApiError(400, "invalid_request", "body", "the body must be a JSON object"));
        }
        return respond(new ApiError(400, "invalid_request", field, "has the wrong type or format"));
    }

    private Response violations(ConstraintViolationException exception) {
        // Report one violation, chosen deterministically, so clients get a stable answer.
        ConstraintViolation<?> first = exception.getConstraintViolations().stream()
                .min(Comparator.comparing((ConstraintViolation<?> v) -> fieldOf(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .orElseThrow();
        return respond(new ApiError(400, "invalid_request", fieldOf(first.getPropertyPath()), first.getMessage()));
    }

    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (node.isInIterable() && node.getIndex() != null && kind == ElementKind.CONTAINER_ELEMENT) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (kind == ElementKind.PROPERTY) {
                if (node.isInIterable() && node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(JsonFieldNames.snakeCase(node.getName()));
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static Response respond(ApiError body) {
        return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
