package io.unmogrowp.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventMaps;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming reader must accept and refuse exactly what a map read plus {@code EventMaps.fromWire} do. */
class EventReaderTest {

    private static final String VALID = """
            {"event_id":"e1","app_id":"app_a","event_type":"in_app","event_time":"2026-03-01T10:00:00.123Z",
             "platform":"android","device":{"advertising_id":"a-1","ip":"10.0.0.1","user_agent":"UA","os_version":"14"},
             "click_id":"c1","campaign":{"media_source":"net","campaign":"spring","site_id":"s1"},
             "event_name":"purchase","revenue":4.99,"currency":"USD",
             "properties":{"level":3,"big":12345678901234567890,"ratio":0.5,"tags":["a",null,true],"nested":{"x":1}},
             "received_at":"2026-03-01T10:00:01Z"}""";

    private static Optional<Event> viaMap(byte[] bytes) {
        return Json.readMap(bytes).flatMap(map -> {
            try {
                return Optional.of(EventMaps.fromWire(map));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private static void assertSameAsMapRead(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertEquals(viaMap(bytes), EventReader.read(bytes), json);
    }

    @Test
    void readsEveryFieldOfAFullEvent() {
        Event event = EventReader.read(VALID.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertEquals("a-1", event.device().advertisingId());
        assertEquals("s1", event.campaign().siteId());
        assertEquals(new BigDecimal("4.99"), event.revenue());
        assertEquals(3, event.properties().get("level"));
        assertEquals(new BigDecimal("0.5"), event.properties().get("ratio"));
        assertEquals(123, event.eventTime().getNano() / 1_000_000);
        assertSameAsMapRead(VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "null", "[]", "\"event\"", "42", "{", "{\"event_id\":}", "{}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"install\",\"event_time\":\"2026-03-01T10:00:00Z\"}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"install\",\"event_time\":\"2026-03-01T10:00:00Z\"} trailing",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"teleport\",\"event_time\":\"2026-03-01T10:00:00Z\"}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"install\",\"event_time\":\"yesterday\"}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"install\",\"event_time\":\"2026-03-01T10:00:00Z\",\"platform\":\"tv\"}",
        "{\"event_id\":7,\"app_id\":\"a\",\"event_type\":\"install\",\"event_time\":\"2026-03-01T10:00:00Z\"}",
        "{\"event_id\":\"e\",\"event_id\":\"f\",\"app_id\":\"a\",\"event_type\":\"install\",\"event_time\":\"2026-03-01T10:00:00Z\"}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"install\",\"event_time\":\"2026-03-01T10:00:00Z\",\"device\":{},\"campaign\":null,\"properties\":{}}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"install\",\"event_time\":\"2026-03-01T10:00:00Z\",\"device\":[]}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"install\",\"event_time\":\"2026-03-01T10:00:00Z\",\"device\":{\"ip\":1}}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"install\",\"event_time\":\"2026-03-01T10:00:00Z\",\"device\":{\"ip\":\"1.2.3.4\"},\"device\":{\"idfv\":\"v\"}}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"in_app\",\"event_time\":\"2026-03-01T10:00:00Z\",\"revenue\":\"1.50\"}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"in_app\",\"event_time\":\"2026-03-01T10:00:00Z\",\"revenue\":\"lots\"}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"in_app\",\"event_time\":\"2026-03-01T10:00:00Z\",\"revenue\":true}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"in_app\",\"event_time\":\"2026-03-01T10:00:00Z\",\"revenue\":1e2}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"in_app\",\"event_time\":\"2026-03-01T10:00:00Z\",\"revenue\":99999999999999999999}",
        "{\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"in_app\",\"event_time\":\"2026-03-01T10:00:00Z\",\"properties\":[1]}",
        "{\"unknown\":{\"deep\":[{\"x\":[1,2]}]},\"event_id\":\"e\",\"app_id\":\"a\",\"event_type\":\"open\",\"event_time\":\"2026-03-01T10:00:00Z\"}",
    })
    void agreesWithTheMapReadOnEdgeCases(String json) {
        assertSameAsMapRead(json);
    }

    /** Random mutations of a valid event: each field dropped, repeated, or replaced by a value of another type. */
    @Test
    void agreesWithTheMapReadOnRandomMutations() {
        Random random = new Random(7);
        String[] fields = {"event_id", "app_id", "event_type", "event_time", "platform", "device", "click_id",
            "campaign", "event_name", "revenue", "currency", "properties", "received_at", "extra"};
        String[] values = {"\"x\"", "\"install\"", "\"click\"", "\"ios\"", "\"2026-03-01T10:00:00Z\"", "1", "2.5",
            "true", "null", "[]", "{}", "{\"ip\":\"1.1.1.1\",\"advertising_id\":\"ad\"}", "{\"media_source\":3}",
            "{\"a\":[1,{\"b\":null}]}", "\"0.10\""};
        int readable = 0;
        int cases = 20_000;
        for (int i = 0; i < cases; i++) {
            List<String> members = new ArrayList<>(List.of("\"event_id\":\"e" + i + "\"", "\"app_id\":\"app_a\"",
                    "\"event_type\":\"install\"", "\"event_time\":\"2026-03-01T10:00:00Z\""));
            for (int m = random.nextInt(5); m > 0; m--) {
                String member = "\"" + fields[random.nextInt(fields.length)] + "\":" + values[random.nextInt(values.length)];
                if (random.nextInt(4) == 0 && !members.isEmpty()) {
                    members.remove(random.nextInt(members.size()));
                }
                members.add(random.nextInt(members.size() + 1), member);
            }
            String json = "{" + String.join(",", members) + "}";
            assertSameAsMapRead(json);
            if (EventReader.read(json.getBytes(StandardCharsets.UTF_8)).isPresent()) {
                readable++;
            }
        }
        // Both outcomes must be well represented, or the comparison proves little.
        assertTrue(readable > cases / 10 && readable < cases * 9 / 10, "readable: " + readable);
    }
}
