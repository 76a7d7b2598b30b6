package io.unmogrowp.customersuccess.common.rest;

/** A request that cannot be served as asked; mapped to {@link ApiError} with its status. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final String field;

    public ApiException(int status, String error, String field, String reason) {
        super(reason);
        this.status = status;
        this.error = error;
        this.field = field;
    }

    public static ApiException invalid(String field, String reason) {
        return new ApiException(400, "invalid_request", field, reason);
    }

    public static ApiException notFound(String field, String reason) {
        return new ApiException(404, "not_found", field, reason);
    }

    public static ApiException conflict(String error, String field, String reason) {
        return new ApiException(409, error, field, reason);
    }

    public ApiError toBody() {
        return new ApiError(status, error, field, getMessage());
    }

    public int status() {
        return status;
    }
}
