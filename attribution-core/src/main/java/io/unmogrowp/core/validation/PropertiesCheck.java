package io.unmogrowp.core.validation;

import static io.unmogrowp.core.validation.RejectionReasons.INVALID_TIMESTAMP;
import static io.unmogrowp.core.validation.RejectionReasons.INVALID_VALUE;
import static io.unmogrowp.core.validation.RejectionReasons.TOO_LONG;
import static io.unmogrowp.core.validation.RejectionReasons.TOO_MANY_PROPERTIES;
import static io.unmogrowp.core.validation.RejectionReasons.WRONG_TYPE;

import io.unmogrowp.core.event.EventFields;
import io.unmogrowp.core.event.Timestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The free-form properties map: a flat object of scalars. Entries are checked in the object's own
 * order; {@code install_begin_time}, which the attribution reads, must be a valid time.
 */
final class PropertiesCheck {

    private PropertiesCheck() {
    }

    static Checked<Map<String, Object>> properties(Object value, ValidationLimits limits) {
        String field = EventFields.PROPERTIES;
        Checked<Map<?, ?>> object = FieldChecks.optionalObject(value, field);
        if (object.failed()) {
            return Checked.fail(object.rejection());
        }
        if (object.value() == null) {
            return Checked.ok(Map.of());
        }
        Map<?, ?> raw = object.value();
        if (raw.size() > limits.maxProperties()) {
            return Checked.fail(field, TOO_MANY_PROPERTIES, field + " has " + raw.size()
                    + " entries; at most " + limits.maxProperties() + " are allowed");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : raw.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String path = field + "." + (key.length() <= limits.maxPropertyKeyLength()
                    ? key : key.substring(0, limits.maxPropertyKeyLength()) + "...");
            if (key.isBlank()) {
                return Checked.fail(path, INVALID_VALUE, "property names must not be blank");
            }
            if (key.length() > limits.maxPropertyKeyLength()) {
                return Checked.fail(path, TOO_LONG, "property name is " + key.length()
                        + " characters; at most " + limits.maxPropertyKeyLength() + " are allowed");
            }
            Checked<Object> checked = scalar(entry.getValue(), path, limits);
            if (checked.failed()) {
                return Checked.fail(checked.rejection());
            }
            if (key.equals(EventFields.INSTALL_BEGIN_TIME_PROPERTY) && !isTime(checked.value())) {
                return Checked.fail(path, INVALID_TIMESTAMP, path
                        + " must be an RFC 3339 time or epoch milliseconds");
            }
            properties.put(key, checked.value());
        }
        return Checked.ok(properties);
    }

    private static Checked<Object> scalar(Object value, String path, ValidationLimits limits) {
        if (value instanceof String text) {
            if (text.length() > limits.maxPropertyValueLength()) {
                return Checked.fail(path, TOO_LONG, path + " is " + text.length() + " characters; at most "
                        + limits.maxPropertyValueLength() + " are allowed");
            }
            return Checked.ok(text);
        }
        if (value instanceof Double || value instanceof Float) {
            if (!Double.isFinite(((Number) value).doubleValue())) {
                return Checked.fail(path, INVALID_VALUE, path + " must be a finite number");
            }
            return Checked.ok(value);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Checked.ok(value);
        }
        if (value instanceof Map || value instanceof List) {
            return Checked.fail(path, WRONG_TYPE, path + " is " + FieldChecks.jsonType(value)
                    + "; properties hold only strings, numbers and booleans (no nesting)");
        }
        return Checked.fail(path, WRONG_TYPE, path + " is " + FieldChecks.jsonType(value)
                + "; properties hold only strings, numbers and booleans");
    }

    private static boolean isTime(Object value) {
        return value instanceof String text
                ? Timestamps.parseRfc3339(text).isPresent()
                : Timestamps.fromEpochMillis(value).isPresent();
    }
}
