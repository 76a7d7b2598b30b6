package io.unmogrowp.ingestion.errors.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every whole-request error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String error, String reason, String field, String message) {
}
