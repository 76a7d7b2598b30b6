package io.unmogrowp.gateway.common.error;

/** The JSON body of every error answer: {"status", "error", "field", "reason"}. */
public record ApiError(int status, String error, String field, String reason) {
}
