package io.unmogrowp.ingestion.events.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An unsigned request's connection address fills a missing device.ip, and never overwrites or mutates. */
class ClientIpFillTest {

    private static Map<String, Object> event(Object device) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event_id", "e1");
        if (device != null) {
            event.put("device", device);
        }
        return event;
    }

    @Test
    void addsADeviceWithTheIpWhenThereIsNone() {
        Map<String, Object> original = event(null);
        Object filled = IngestionService.withClientIp(original, "198.51.100.7");
        assertEquals(Map.of("ip", "198.51.100.7"), ((Map<?, ?>) filled).get("device"));
        assertEquals(event(null), original, "the parsed tree is left as it was");
    }

    @Test
    void fillsAMissingIpWithoutTouchingTheOriginalDevice() {
        Map<String, Object> device = new LinkedHashMap<>(Map.of("advertising_id", "aaid-1"));
        Map<String, Object> original = event(device);
        Map<?, ?> filled = (Map<?, ?>) IngestionService.withClientIp(original, "198.51.100.7");
        assertEquals(Map.of("advertising_id", "aaid-1", "ip", "198.51.100.7"), filled.get("device"));
        assertEquals(Map.of("advertising_id", "aaid-1"), device);
        assertEquals("e1", filled.get("event_id"));
    }

    @Test
    void keepsTheSendersIpAndTheSameTree() {
        Map<String, Object> original = event(new LinkedHashMap<>(Map.of("ip", "203.0.113.9")));
        assertSame(original, IngestionService.withClientIp(original, "198.51.100.7"));
    }

    @Test
    void leavesSignedRequestsAndMalformedDevicesAlone() {
        Map<String, Object> noAddress = event(null);
        assertSame(noAddress, IngestionService.withClientIp(noAddress, null));
        Map<String, Object> deviceNotAnObject = event("not-an-object");
        assertSame(deviceNotAnObject, IngestionService.withClientIp(deviceNotAnObject, "198.51.100.7"));
        assertSame("[]", IngestionService.withClientIp("[]", "198.51.100.7"));
    }
}
