package io.unmogrowp.gateway.common.error;

/** A request that cannot be served, carrying the status and the JSON error the client gets. */
public class ApiException extends RuntimeException {

    private final transient ApiError error;

    public ApiException(int status, String error, String field, String reason) {
        super(error + (field == null ? "" : " [" + field + "]") + ": " + reason);
        this.error = new ApiError(status, error, field, reason);
    }

    public static ApiException invalid(String field, String reason) {
        return new ApiException(400, "invalid_request", field, reason);
    }

    public static ApiException unknownApp(String appId) {
        return new ApiException(404, "unknown_app", "app_id", "no app with id " + appId);
    }

    public ApiError error() {
        return error;
    }
}
