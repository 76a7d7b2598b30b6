package io.unmogrowp.engine.codec;

import io.unmogrowp.core.event.DeviceId;
import io.unmogrowp.core.event.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small conversions shared by the engine's JSON codecs: nullable times and device ids. */
final class WireValues {

    private WireValues() {
    }

    static String time(Instant instant) {
        return instant == null ? null : Timestamps.format(instant);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        return Timestamps.parseRfc3339(value.toString())
                .orElseThrow(() -> new IllegalArgumentException("not a timestamp: " + value));
    }

    static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    static List<DeviceId> deviceIds(Object value) {
        if (!(value instanceof List<?> raw)) {
            return List.of();
        }
        List<DeviceId> ids = new ArrayList<>(raw.size());
        for (Object item : raw) {
            Map<String, Object> m = (Map<String, Object>) item;
            ids.add(new DeviceId(string(m, "kind"), string(m, "value")));
        }
        return ids;
    }

}
