package io.unmogrowp.core.validation;

import static io.unmogrowp.core.validation.RejectionReasons.INVALID_VALUE;
import static io.unmogrowp.core.validation.RejectionReasons.MISSING_FIELD;
import static io.unmogrowp.core.validation.RejectionReasons.TOO_LONG;
import static io.unmogrowp.core.validation.RejectionReasons.UNKNOWN_FIELD;
import static io.unmogrowp.core.validation.RejectionReasons.WRONG_TYPE;

import java.util.List;
import java.util.Map;

/** Checks shared by every field: presence, type, length, identifier shape. */
final class FieldChecks {

    private FieldChecks() {
    }

    /** The first key not in {@code allowed}, in the object's own order. */
    static Checked<Void> noUnknownFields(Map<?, ?> object, List<String> allowed, String prefix) {
        for (Object key : object.keySet()) {
            if (!(key instanceof String name) || !allowed.contains(name)) {
                String path = prefix + key;
                return Checked.fail(path, UNKNOWN_FIELD, path + " is not a known field; known fields are "
                        + String.join(", ", allowed));
            }
        }
        return Checked.ok(null);
    }

    /** A string or absent (null); other JSON types are refused. */
    static Checked<String> optionalString(Object value, String path, int maxLength) {
        if (value == null) {
            return Checked.ok(null);
        }
        if (!(value instanceof String text)) {
            return Checked.fail(path, WRONG_TYPE, path + " must be a string, not " + jsonType(value));
        }
        if (text.length() > maxLength) {
            return Checked.fail(path, TOO_LONG, path + " is " + text.length() + " characters; at most "
                    + maxLength + " are allowed");
        }
        return Checked.ok(text);
    }

    /** Like {@link #optionalString} but a blank string reads as absent. */
    static Checked<String> optionalText(Object value, String path, int maxLength) {
        Checked<String> text = optionalString(value, path, maxLength);
        if (text.failed() || text.value() == null || !text.value().isBlank()) {
            return text;
        }
        return Checked.ok(null);
    }

    static Checked<String> requiredId(Object value, String path, int maxLength) {
        if (value == null) {
            return Checked.fail(path, MISSING_FIELD, path + " is required");
        }
        return optionalId(value, path, maxLength);
    }

    /** Identifiers: non-blank, at most {@code maxLength}, printable ASCII without whitespace. */
    static Checked<String> optionalId(Object value, String path, int maxLength) {
        Checked<String> text = optionalString(value, path, maxLength);
        if (text.failed() || text.value() == null) {
            return text;
        }
        String id = text.value();
        if (id.isBlank()) {
            return Checked.fail(path, INVALID_VALUE, path + " must not be blank");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return Checked.fail(path, INVALID_VALUE, path
                        + " must be printable ASCII without spaces; found character U+"
                        + String.format("%04X", (int) c) + " at position " + i);
            }
        }
        return Checked.ok(id);
    }

    /** A JSON object or absent. */
    static Checked<Map<?, ?>> optionalObject(Object value, String path) {
        if (value == null) {
            return Checked.ok(null);
        }
        if (!(value instanceof Map<?, ?> map)) {
            return Checked.fail(path, WRONG_TYPE, path + " must be an object, not " + jsonType(value));
        }
        return Checked.ok(map);
    }

    /** The JSON name of a parsed value's type, for messages. */
    static String jsonType(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
