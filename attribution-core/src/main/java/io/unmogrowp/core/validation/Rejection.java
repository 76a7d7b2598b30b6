package io.unmogrowp.core.validation;

import java.util.Objects;

/**
 * Why an event was refused.
 *
 * @param field   JSON path of the offending field ("event_type", "device.ip", "properties.foo"),
 *                or {@link #WHOLE_EVENT} when the event itself is not an object
 * @param reason  a stable code from {@link RejectionReasons}
 * @param message a sentence for humans
 */
public record Rejection(String field, String reason, String message) {

    public static final String WHOLE_EVENT = "event";

    public Rejection {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
