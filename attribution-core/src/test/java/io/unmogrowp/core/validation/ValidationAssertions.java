package io.unmogrowp.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.core.event.Event;
import java.time.Instant;
import java.util.Map;

final class ValidationAssertions {

    private static final EventValidator VALIDATOR = new EventValidator(ValidationLimits.defaults());

    private ValidationAssertions() {
    }

    static ValidationResult validate(Object raw) {
        return VALIDATOR.validate(raw, RawEvents.APP, RawEvents.RECEIVED_AT);
    }

    static Event assertValid(Object raw) {
        return assertValid(VALIDATOR.validate(raw, RawEvents.APP, RawEvents.RECEIVED_AT));
    }

    static Event assertValid(ValidationResult result) {
        if (result instanceof Invalid invalid) {
            throw new AssertionError("expected valid, got " + invalid.rejection());
        }
        assertTrue(result.isValid());
        return assertInstanceOf(Valid.class, result).event();
    }

    static Rejection assertRejected(Object raw, String field, String reason) {
        return assertRejected(VALIDATOR.validate(raw, RawEvents.APP, RawEvents.RECEIVED_AT), field, reason);
    }

    static Rejection assertRejected(ValidationResult result, String field, String reason) {
        assertFalse(result.isValid(), () -> "expected rejection " + reason + " on " + field + ", got " + result);
        Rejection rejection = assertInstanceOf(Invalid.class, result).rejection();
        assertEquals(reason, rejection.reason(), () -> "rejection " + rejection);
        assertEquals(field, rejection.field(), () -> "rejection " + rejection);
        assertTrue(RejectionReasons.ALL.contains(rejection.reason()));
        assertFalse(rejection.message().isBlank());
        return rejection;
    }

    static Map<String, Object> with(Map<String, Object> event, String key, Object value) {
        event.put(key, value);
        return event;
    }

    static Instant received() {
        return RawEvents.RECEIVED_AT;
    }
}
