package io.unmogrowp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.e2e.support.Kafka;
import io.unmogrowp.e2e.support.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Kills the engine with SIGKILL while it is attributing a stream, restarts it, and checks against the
 * generator's ground truth that no decision is lost, duplicated or changed.
 */
class EngineCrashIT {

    private static final int DEVICES = 3000;

    @Test
    void aKilledEngineRestartsWithoutLosingDuplicatingOrChangingADecision() throws Exception {
        Platform platform = Platform.get();
        String app = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, String> expectedWinner = new HashMap<>();
        Instant base = Instant.now().minus(Duration.ofHours(2));

        try (KafkaProducer<String, byte[]> producer = Kafka.producer()) {
            for (int i = 0; i < DEVICES; i++) {
                if (i == DEVICES / 3) {
                    producer.flush();
                    awaitSomeDecisions(app);
                    platform.engine.kill();
                }
                String adid = UUID.nameUUIDFromBytes((app + i).getBytes()).toString();
                Instant click = base.plusMillis(i * 1000L);
                String install = "install-" + i;
                if (i % 4 != 0) {
                    send(producer, app, adid, event(app, "click-" + i, "click", click, adid));
                    expectedWinner.put(install, "click-" + i);
                } else {
                    expectedWinner.put(install, null);
                }
                send(producer, app, adid, event(app, install, "install", click.plusSeconds(120), adid));
            }
            producer.flush();
        }
        platform.engine.start();

        List<Map<String, Object>> decisions = Kafka.readCommitted("attributions",
                d -> app.equals(d.get("app_id")), DEVICES, Duration.ofMinutes(4));
        Map<String, Integer> perInstall = new HashMap<>();
        for (Map<String, Object> d : decisions) {
            String install = (String) d.get("conversion_event_id");
            perInstall.merge(install, 1, Integer::sum);
            String expected = expectedWinner.get(install);
            assertEquals(expected == null ? "organic" : "attributed", d.get("status"), install);
            assertEquals(expected, d.get("touchpoint_event_id"), install);
            assertEquals(1, ((Number) d.get("version")).intValue(), install + " was never corrected");
        }
        assertEquals(DEVICES, perInstall.size(), "every install decided (none lost)");
        assertTrue(perInstall.values().stream().allMatch(n -> n == 1), "no install decided twice");
    }

    private static void awaitSomeDecisions(String app) {
        List<Map<String, Object>> some = Kafka.readCommitted("attributions", d -> app.equals(d.get("app_id")), 50,
                Duration.ofSeconds(60));
        assertTrue(some.size() >= 50, "the engine was attributing before it was killed");
    }

    private static void send(KafkaProducer<String, byte[]> producer, String app, String adid, Map<String, Object> event) {
        producer.send(new ProducerRecord<>("events.raw", app + ":" + adid, Kafka.json(event)));
    }

    private static Map<String, Object> event(String app, String id, String type, Instant at, String adid) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event_id", id);
        e.put("app_id", app);
        e.put("event_type", type);
        e.put("event_time", at.toString());
        e.put("platform", "android");
        e.put("device", Map.of("advertising_id", adid));
        if (type.equals("click")) {
            e.put("campaign", Map.of("media_source", "network_" + (id.hashCode() & 3), "campaign", "c"));
        }
        e.put("received_at", at.toString());
        return e;
    }
}
