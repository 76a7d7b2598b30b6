package io.unmogrowp.customersuccess.common.rest;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.List;
import java.util.regex.Pattern;

/** Turns Java property paths into the snake_case names clients send. */
final class JsonFieldNames {

    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

    private JsonFieldNames() {
    }

    static String snakeCase(String javaName) {
        return CAMEL_BOUNDARY.matcher(javaName).replaceAll("$1_$2").toLowerCase();
    }

    /** {@code app_ids[2]} style path from Jackson's reference chain, or null when the error is about the whole body. */
    static String fromJacksonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }
}
