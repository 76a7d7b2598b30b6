package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFactoryTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-03T18:00:00Z");

    @Test
    void eventsAreValidJsonOfAbout400Bytes() throws Exception {
        EventFactory factory = new EventFactory("app_bench", 1);
        long total = 0;
        for (int i = 0; i < 1000; i++) {
            String event = factory.nextEvent(NOW);
            JsonNode node = MAPPER.readTree(event);
            assertEquals("app_bench", node.get("app_id").asText());
            assertTrue(node.get("event_id").asText().startsWith("lg-"));
            total += event.length();
        }
        double average = total / 1000.0;
        assertTrue(average > 350 && average < 450, "average event size " + average);
    }

    @Test
    void mixFollowsTheConfiguredShares() {
        EventFactory factory = new EventFactory("app", 7);
        Map<EventFactory.Kind, Integer> counts = new EnumMap<>(EventFactory.Kind.class);
        for (int i = 0; i < 20_000; i++) {
            EventFactory.Kind kind = factory.nextKind();
            counts.merge(kind, 1, Integer::sum);
            factory.event(kind, NOW);
        }
        assertEquals(0.40, counts.get(EventFactory.Kind.CLICK) / 20_000.0, 0.02);
        assertEquals(0.20, counts.get(EventFactory.Kind.IMPRESSION) / 20_000.0, 0.02);
        assertEquals(0.10, counts.get(EventFactory.Kind.ATTRIBUTED_INSTALL) / 20_000.0, 0.02);
        assertEquals(0.05, counts.get(EventFactory.Kind.ORGANIC_INSTALL) / 20_000.0, 0.02);
        assertEquals(0.25, counts.get(EventFactory.Kind.IN_APP) / 20_000.0, 0.02);
    }

    @Test
    void attributedInstallsReuseAClickedDeviceAndOrganicOnesDoNot() throws Exception {
        EventFactory factory = new EventFactory("app", 3);
        Set<String> clicked = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            clicked.add(MAPPER.readTree(factory.event(EventFactory.Kind.CLICK, NOW)).at("/device/advertising_id").asText());
        }
        JsonNode attributed = MAPPER.readTree(factory.event(EventFactory.Kind.ATTRIBUTED_INSTALL, NOW));
        JsonNode organic = MAPPER.readTree(factory.event(EventFactory.Kind.ORGANIC_INSTALL, NOW));
        assertEquals("install", attributed.get("event_type").asText());
        assertTrue(clicked.contains(attributed.at("/device/advertising_id").asText()));
        assertTrue(!clicked.contains(organic.at("/device/advertising_id").asText()));
    }

    @Test
    void inAppEventsCarryRevenueAndCurrency() throws Exception {
        JsonNode purchase = MAPPER.readTree(new EventFactory("app", 5).event(EventFactory.Kind.IN_APP, NOW));
        assertEquals("in_app", purchase.get("event_type").asText());
        assertTrue(purchase.get("revenue").decimalValue().signum() > 0);
        assertEquals("USD", purchase.get("currency").asText());
    }

    @Test
    void batchHoldsTheRequestedNumberOfEvents() throws Exception {
        JsonNode batch = MAPPER.readTree(new EventFactory("app", 9).batch(100, NOW));
        assertEquals(100, batch.get("events").size());
    }

    @Test
    void everyEventOfABatchHasItsOwnIdAndAnEventTimeJustBeforeNow() throws Exception {
        EventFactory factory = new EventFactory("app", 13);
        Set<String> ids = new HashSet<>();
        for (int request = 0; request < 20; request++) {
            JsonNode events = MAPPER.readTree(factory.batchBytes(100, NOW.toEpochMilli())).get("events");
            for (JsonNode event : events) {
                ids.add(event.get("event_id").asText());
                Instant time = Instant.parse(event.get("event_time").asText());
                assertTrue(!time.isAfter(NOW) && time.isAfter(NOW.minusSeconds(6)), "event_time " + time);
            }
        }
        assertEquals(2000, ids.size(), "no event id repeats");
    }

    @Test
    void aReusedBodyHoldsExactlyTheNextBatch() {
        EventFactory expected = new EventFactory("app", 21);
        EventFactory reusing = new EventFactory("app", 21);
        io.netty.buffer.ByteBuf reused = io.netty.buffer.Unpooled.buffer(16); // grows on the first batch
        byte[] first = expected.batchBytes(100, NOW.toEpochMilli());
        assertArrayEquals(first, reusing.batchInto(reused, 100, NOW.toEpochMilli()).getBytes());
        // A smaller batch next: nothing of the longer one before may remain.
        byte[] second = expected.batchBytes(3, NOW.toEpochMilli());
        assertArrayEquals(second, reusing.batchInto(reused, 3, NOW.toEpochMilli()).getBytes());
    }
}
