package io.unmogrowp.customersuccess.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The one error body every 4xx answer uses. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiError(int status, String error, String field, String reason) {
}
