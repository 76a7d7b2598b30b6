package io.unmogrowp.ingestion.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.Device;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventMaps;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.event.Platform;
import io.unmogrowp.ingestion.events.messaging.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The direct writer must produce exactly the bytes of the map route it replaces (docs/contracts.md). */
class EventJsonTest {

    private static final ObjectMapper MAP_ROUTE = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final Instant TIME = Instant.parse("2026-12-03T10:15:30.123456Z");

    @Test
    void sameBytesAsTheMapRouteForEveryShapeOfEvent() throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("level", 7);
        properties.put("tags", List.of("a", "b\"quoted\""));
        properties.put("nested", Map.of("ok", true));
        properties.put("nothing", null);
        properties.put("ratio", new BigDecimal("1E+3"));
        List<Event> events = List.of(
                new Event("e1", "app_1", EventType.CLICK, TIME, Platform.ANDROID,
                        new Device("aaid-1", null, null, "203.0.113.9", "Mozilla/5.0 \u00e9\u6f22", "14", "Pixel 8", "de_DE"),
                        "clk-1", new Campaign("facebook_int", "summer", "c-1", "set", "ad\n1", "site-9"),
                        null, null, null, Map.of(), TIME),
                new Event("e2", "app_1", EventType.IN_APP, TIME, Platform.IOS,
                        new Device(null, "idfv-1", null, null, null, null, null, null), null, Campaign.EMPTY,
                        "purchase", new BigDecimal("0.000001"), "EUR", properties, TIME),
                new Event("e3", "app_1", EventType.INSTALL, TIME, null, Device.EMPTY, null, Campaign.EMPTY,
                        null, new BigDecimal("12345678901234567890.10"), "USD", Map.of(), null));
        for (Event event : events) {
            byte[] expected = MAP_ROUTE.writeValueAsBytes(EventMaps.toWire(event));
            assertArrayEquals(expected, EventJson.write(event), event.eventId());
        }
    }

    @Test
    void readsBackToTheSameEvent() throws Exception {
        Event event = new Event("e4", "app_2", EventType.IMPRESSION, TIME, Platform.ANDROID,
                new Device("aaid-2", null, "android-2", "198.51.100.1", "UA", "13", "SM-S918B", null), null,
                new Campaign("tiktok_int", "brand", null, null, null, null), null, null, null, Map.of("k", "v"), TIME);
        @SuppressWarnings("unchecked")
        Map<String, Object> wire = MAP_ROUTE.readValue(EventJson.write(event), Map.class);
        assertEquals(event, EventMaps.fromWire(wire));
    }

    /** The writer is reused per thread: a huge event, a failed write or a new receive time must not leak into the next. */
    @Test
    void consecutiveWritesOnOneThreadStayIndependent() throws Exception {
        Event small = event("s1", Map.of("k", "v"), TIME);
        Event huge = event("h1", Map.of("blob", "x".repeat(100_000)), TIME);
        Event unwritable = event("u1", Map.of("odd", new Object()), TIME);
        Event later = event("l1", Map.of(), TIME.plusSeconds(1));
        assertArrayEquals(MAP_ROUTE.writeValueAsBytes(EventMaps.toWire(small)), EventJson.write(small));
        assertArrayEquals(MAP_ROUTE.writeValueAsBytes(EventMaps.toWire(huge)), EventJson.write(huge));
        assertThrows(RuntimeException.class, () -> EventJson.write(unwritable));
        for (Event event : List.of(later, small)) {
            assertArrayEquals(MAP_ROUTE.writeValueAsBytes(EventMaps.toWire(event)), EventJson.write(event), event.eventId());
        }
    }

    private static Event event(String id, Map<String, Object> properties, Instant receivedAt) {
        return new Event(id, "app_3", EventType.IN_APP, TIME, Platform.ANDROID, Device.EMPTY, null, Campaign.EMPTY,
                "level_up", null, null, properties, receivedAt);
    }
}
