package io.unmogrowp.gateway.common.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds JSON error responses so every mapper answers in the same shape. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    public static Response of(int status, String error, String field, String reason) {
        return of(new ApiError(status, error, field, reason));
    }
}
