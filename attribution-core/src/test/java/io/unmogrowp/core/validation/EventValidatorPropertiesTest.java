package io.unmogrowp.core.validation;

import static io.unmogrowp.core.validation.ValidationAssertions.assertRejected;
import static io.unmogrowp.core.validation.ValidationAssertions.assertValid;
import static io.unmogrowp.core.validation.ValidationAssertions.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventValidatorPropertiesTest {

    private static Map<String, Object> withProperty(String key, Object value) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(key, value);
        return with(RawEvents.purchase(), "properties", properties);
    }

    @Test
    void scalarPropertiesAreKeptInOrderAndReadOnly() {
        Map<String, Object> properties = assertValid(RawEvents.purchase()).properties();

        assertEquals(List.of("sku", "quantity", "first_purchase", "discount"), new ArrayList<>(properties.keySet()));
        assertEquals(2, properties.get("quantity"));
        assertEquals(true, properties.get("first_purchase"));
        assertThrows(UnsupportedOperationException.class, () -> properties.put("x", 1));
    }

    @Test
    void fiftyPropertiesAreAcceptedAndFiftyOneAreTooMany() {
        assertEquals(50, assertValid(with(RawEvents.purchase(), "properties", RawEvents.properties(50))).properties().size());
        assertRejected(with(RawEvents.purchase(), "properties", RawEvents.properties(51)), "properties",
                RejectionReasons.TOO_MANY_PROPERTIES);
    }

    @Test
    void propertyKeyLengthLimit() {
        String longestKey = "k".repeat(64);
        assertEquals(1, assertValid(withProperty(longestKey, 1)).properties().size());

        Rejection rejection = assertRejected(withProperty("k".repeat(65), 1), "properties." + longestKey + "...",
                RejectionReasons.TOO_LONG);
        assertEquals(true, rejection.message().contains("65"), rejection.message());
    }

    @Test
    void blankPropertyKeyIsInvalid() {
        assertRejected(withProperty(" ", 1), "properties. ", RejectionReasons.INVALID_VALUE);
    }

    @Test
    void propertyStringValueLengthLimit() {
        assertEquals(256, ((String) assertValid(withProperty("note", "v".repeat(256))).properties().get("note")).length());
        assertRejected(withProperty("note", "v".repeat(257)), "properties.note", RejectionReasons.TOO_LONG);
    }

    @Test
    void nestedObjectsAndArraysAreRejected() {
        assertRejected(withProperty("nested", Map.of("a", 1)), "properties.nested", RejectionReasons.WRONG_TYPE);
        assertRejected(withProperty("list", List.of(1, 2)), "properties.list", RejectionReasons.WRONG_TYPE);
    }

    @Test
    void nullPropertyValueIsRejected() {
        assertRejected(withProperty("gone", null), "properties.gone", RejectionReasons.WRONG_TYPE);
    }

    @Test
    void nonFinitePropertyNumberIsInvalid() {
        assertRejected(withProperty("ratio", Double.NaN), "properties.ratio", RejectionReasons.INVALID_VALUE);
    }

    @Test
    void installBeginTimePropertyMustBeATime() {
        assertEquals("2026-12-03T17:58:00Z",
                assertValid(withProperty("install_begin_time", "2026-12-03T17:58:00Z")).properties().get("install_begin_time"));
        assertEquals(1_764_784_680_000L,
                assertValid(withProperty("install_begin_time", 1_764_784_680_000L)).properties().get("install_begin_time"));
        assertRejected(withProperty("install_begin_time", "soon"), "properties.install_begin_time",
                RejectionReasons.INVALID_TIMESTAMP);
        assertRejected(withProperty("install_begin_time", true), "properties.install_begin_time",
                RejectionReasons.INVALID_TIMESTAMP);
    }

    @Test
    void limitsAreConfigurable() {
        ValidationLimits tight = new ValidationLimits(8, 16, 2, 4, 4, ValidationLimits.DEFAULT_MAX_FUTURE,
                ValidationLimits.DEFAULT_MAX_PAST);
        EventValidator validator = new EventValidator(tight);

        assertRejected(validator.validate(RawEvents.purchase(), RawEvents.APP, RawEvents.RECEIVED_AT), "event_id",
                RejectionReasons.TOO_LONG);
    }

    @Test
    void nonPositiveLimitsAreRefusedAtConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new ValidationLimits(0, 1, 1, 1, 1,
                ValidationLimits.DEFAULT_MAX_FUTURE, ValidationLimits.DEFAULT_MAX_PAST));
    }

    @Test
    void defaultsMatchTheDocumentedValues() {
        ValidationLimits limits = ValidationLimits.defaults();
        assertEquals(List.of(128, 512, 50, 64, 256), List.of(limits.maxIdLength(), limits.maxStringLength(),
                limits.maxProperties(), limits.maxPropertyKeyLength(), limits.maxPropertyValueLength()));
        assertEquals(Duration.ofHours(1), limits.maxFuture());
        assertEquals(Duration.ofDays(30), limits.maxPast());
    }
}
