package io.unmogrowp.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.unmogrowp.core.validation.EventValidator;
import io.unmogrowp.core.validation.Valid;
import io.unmogrowp.core.validation.ValidationLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventMapsTest {

    private static final Instant TIME = Instant.parse("2026-12-03T17:59:00.123Z");
    private static final Instant RECEIVED = Instant.parse("2026-12-03T18:00:00Z");

    static Event fullPurchase() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("sku", "gems_100");
        properties.put("quantity", 2);
        properties.put("big", new BigInteger("123456789012345678901234567890"));
        properties.put("ratio", 0.25);
        properties.put("first", true);
        return new Event("evt-1", "app_1", EventType.IN_APP, TIME, Platform.IOS,
                new Device("AAAA-1", "BBBB-2", null, "2001:db8::1", "MyApp/1.0 CFNetwork/1408 Darwin/22.5.0", "16.5",
                        "iPhone14,2", "en_GB"),
                "clk-9", new Campaign("meta_int", "winter", "c-7", "as-2", null, "site-1"),
                "purchase", new BigDecimal("4.990"), "EUR", properties, RECEIVED);
    }

    @Test
    void wireMapUsesSnakeCaseNestedMapsAndUtcMillisTimes() {
        Map<String, Object> wire = EventMaps.toWire(fullPurchase());

        assertEquals(List.of("event_id", "app_id", "event_type", "event_time", "platform", "device", "click_id",
                "campaign", "event_name", "revenue", "currency", "properties", "received_at"),
                new ArrayList<>(wire.keySet()));
        assertEquals("in_app", wire.get("event_type"));
        assertEquals("ios", wire.get("platform"));
        assertEquals("2026-12-03T17:59:00.123Z", wire.get("event_time"));
        assertEquals("2026-12-03T18:00:00.000Z", wire.get("received_at"));
        assertEquals(new BigDecimal("4.990"), wire.get("revenue"));
        @SuppressWarnings("unchecked")
        Map<String, Object> device = (Map<String, Object>) wire.get("device");
        assertEquals("AAAA-1", device.get("advertising_id"));
        assertFalse(device.containsKey("android_id"), "null fields are omitted");
        @SuppressWarnings("unchecked")
        Map<String, Object> campaign = (Map<String, Object>) wire.get("campaign");
        assertEquals("meta_int", campaign.get("media_source"));
        assertFalse(campaign.containsKey("ad"));
    }

    @Test
    void fullEventRoundTripsExactly() {
        Event event = fullPurchase();
        assertEquals(event, EventMaps.fromWire(EventMaps.toWire(event)));
    }

    @Test
    void minimalEventRoundTripsExactlyAndOmitsEmptyParts() {
        Event event = new Event("e", "a", EventType.OPEN, TIME, null, null, null, null, null, null, null, null, null);
        Map<String, Object> wire = EventMaps.toWire(event);

        assertEquals(List.of("event_id", "app_id", "event_type", "event_time"), new ArrayList<>(wire.keySet()));
        assertEquals(event, EventMaps.fromWire(wire));
    }

    @Test
    void everyEventTypeAndPlatformRoundTrips() {
        for (EventType type : EventType.values()) {
            for (Platform platform : Platform.values()) {
                Event event = new Event("e-" + type, "a", type, TIME, platform, Device.EMPTY, null, Campaign.EMPTY,
                        null, null, null, Map.of(), RECEIVED);
                assertEquals(event, EventMaps.fromWire(EventMaps.toWire(event)));
            }
        }
    }

    @Test
    void subMillisecondTimesAreHeldAtWirePrecisionSoTheRoundTripIsExact() {
        Event event = new Event("e", "a", EventType.CLICK, TIME.plusNanos(999_999), null, null, null, null, null, null,
                null, null, RECEIVED.plusNanos(1));

        assertEquals(TIME, event.eventTime());
        assertEquals(event, EventMaps.fromWire(EventMaps.toWire(event)));
    }

    @Test
    void revenueReadBackAsOtherJsonNumberTypesMeansTheSameDecimal() {
        Map<String, Object> wire = EventMaps.toWire(fullPurchase());
        wire.put("revenue", 4.99d);
        assertEquals(new BigDecimal("4.99"), EventMaps.fromWire(wire).revenue());
        wire.put("revenue", 5);
        assertEquals(new BigDecimal("5"), EventMaps.fromWire(wire).revenue());
    }

    @Test
    void fromWireAcceptsAHashMapCopy() {
        Event event = fullPurchase();
        assertEquals(event, EventMaps.fromWire(new HashMap<>(EventMaps.toWire(event))));
    }

    @Test
    void mapsThatDidNotComeFromToWireAreRefused() {
        Map<String, Object> wire = EventMaps.toWire(fullPurchase());
        wire.put("event_type", "swipe");
        assertThrows(IllegalArgumentException.class, () -> EventMaps.fromWire(wire));

        Map<String, Object> noId = EventMaps.toWire(fullPurchase());
        noId.remove("event_id");
        assertThrows(IllegalArgumentException.class, () -> EventMaps.fromWire(noId));

        Map<String, Object> badTime = EventMaps.toWire(fullPurchase());
        badTime.put("event_time", "noon");
        assertThrows(IllegalArgumentException.class, () -> EventMaps.fromWire(badTime));

        Map<String, Object> badDevice = EventMaps.toWire(fullPurchase());
        badDevice.put("device", "phone");
        assertThrows(IllegalArgumentException.class, () -> EventMaps.fromWire(badDevice));
    }

    @Test
    void validatedEventRoundTripsThroughTheWire() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("event_id", "e1");
        raw.put("app_id", "app_1");
        raw.put("event_type", "in_app");
        raw.put("event_time", "2026-12-03T19:59:00.123456+02:00");
        raw.put("device", new LinkedHashMap<>(Map.of("ip", "::FFFF:10.0.0.1")));
        raw.put("event_name", "purchase");
        raw.put("revenue", "12.50");
        raw.put("currency", "JPY");
        raw.put("properties", new LinkedHashMap<>(Map.of("level", 3)));
        EventValidator validator = new EventValidator(ValidationLimits.defaults());
        Event event = assertInstanceOf(Valid.class, validator.validate(raw, "app_1", RECEIVED)).event();

        Map<String, Object> wire = EventMaps.toWire(event);
        assertEquals("2026-12-03T17:59:00.123Z", wire.get("event_time"));
        assertEquals(event, EventMaps.fromWire(wire));
    }
}
