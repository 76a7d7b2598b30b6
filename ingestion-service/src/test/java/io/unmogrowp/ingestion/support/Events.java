package io.unmogrowp.ingestion.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Event bodies for tests. */
public final class Events {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    /** A valid install event as a mutable map, ready to be broken on purpose. */
    public static Map<String, Object> install(String appId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event_id", "evt-" + UUID.randomUUID());
        event.put("app_id", appId);
        event.put("event_type", "install");
        event.put("event_time", Instant.now().minusSeconds(5).toString());
        event.put("platform", "android");
        event.put("device", new LinkedHashMap<>(Map.of("advertising_id", UUID.randomUUID().toString(),
                "ip", "203.0.113.7", "user_agent", "Dalvik/2.1.0 (Linux; U; Android 14)")));
        return event;
    }

    public static String batch(List<?> events) {
        return json(Map.of("events", events));
    }

    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
