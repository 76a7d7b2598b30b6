package io.unmogrowp.ingestion.errors.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.unmogrowp.ingestion.errors.RequestRejected;

/** The JSON body of every whole-request error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String error, String reason, String field, String message) {

    public static ErrorBody of(RequestRejected rejected) {
        return new ErrorBody(rejected.status(), rejected.outcome(), rejected.reason(), rejected.field(),
                rejected.getMessage());
    }
}
