package io.unmogrowp.ingestion.errors.rest;

import io.unmogrowp.ingestion.errors.RequestRejected;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns a refused request into its status, Retry-After when there is one, and the JSON error body. */
public class RequestRejectedMapper {

    @ServerExceptionMapper
    public Response toResponse(RequestRejected rejected) {
        return response(rejected);
    }

    public static Response response(RequestRejected rejected) {
        Response.ResponseBuilder response = Response.status(rejected.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(rejected));
        if (rejected.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, rejected.retryAfterSeconds());
        }
        return response.build();
    }
}
