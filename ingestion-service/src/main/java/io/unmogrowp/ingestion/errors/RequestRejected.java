package io.unmogrowp.ingestion.errors;

/**
 * A whole request refused: the HTTP status, the outcome label used in metrics and the body, the
 * precise reason code, the offending field or header, and a sentence for the sender.
 */
public class RequestRejected extends RuntimeException {

    private final int status;
    private final String outcome;
    private final String reason;
    private final String field;
    private final Integer retryAfterSeconds;

    public RequestRejected(int status, String outcome, String reason, String field, String message,
            Integer retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.outcome = outcome;
        this.reason = reason;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static RequestRejected badRequest(String reason, String field, String message) {
        return new RequestRejected(400, "bad_request", reason, field, message, null);
    }

    public static RequestRejected unauthorized(String reason, String field, String message) {
        return new RequestRejected(401, "unauthorized", reason, field, message, null);
    }

    public static RequestRejected tooLarge(String reason, String field, String message) {
        return new RequestRejected(413, "too_large", reason, field, message, null);
    }

    public static RequestRejected unsupportedMediaType(String message) {
        return new RequestRejected(415, "unsupported_media_type", "unsupported_media_type", "Content-Type", message, null);
    }

    public static RequestRejected rateLimited(String message, int retryAfterSeconds) {
        return new RequestRejected(429, "rate_limited", "rate_limited", null, message, retryAfterSeconds);
    }

    public static RequestRejected overloaded(String message, int retryAfterSeconds) {
        return new RequestRejected(429, "overloaded", "overloaded", null, message, retryAfterSeconds);
    }

    public static RequestRejected unavailable(String reason, String message, int retryAfterSeconds) {
        return new RequestRejected(503, "unavailable", reason, null, message, retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Server-side trouble (overload, Kafka down) is not the sender's bad input and goes to no dead letter. */
    public boolean isSenderError() {
        return status != 429 && status != 503;
    }
}
