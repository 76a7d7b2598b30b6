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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
        Map<String, String> expectedWinner = new ConcurrentHashMap<>(); // written by the streaming thread too
        Instant base = Instant.now().minus(Duration.ofHours(2));

        try (KafkaProducer<String, byte[]> producer = Kafka.producer()) {
            for (int i = 0; i < DEVICES / 3; i++) {
                sendDevice(producer, app, i, base, expectedWinner);
            }
            producer.flush();
            awaitSomeDecisions(app);
            // The rest streams in while the engine works through it, and the kill lands in the middle of that.
            AtomicInteger sent = new AtomicInteger(DEVICES / 3);
            Thread stream = new Thread(() -> {
                for (int i = DEVICES / 3; i < DEVICES; i++) {
                    sendDevice(producer, app, i, base, expectedWinner);
                    sent.incrementAndGet();
                    if (i % 10 == 0) {
                        producer.flush();
                        sleep(5);
                    }
                }
                producer.flush();
            }, "crash-test-stream");
            stream.start();
            while (sent.get() < DEVICES / 2) {
                sleep(1);
            }
            platform.engine.kill();
            stream.join();
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

        // The restarted engine still corrects a decision made before the kill: its in-memory filter of recent
        // conversion keys was rebuilt from the restored conversion index.
        String adid = UUID.nameUUIDFromBytes((app + 0).getBytes()).toString(); // device 0's install was organic
        try (KafkaProducer<String, byte[]> producer = Kafka.producer()) {
            send(producer, app, adid, event(app, "click-late-0", "click", base.plusSeconds(60), adid));
        }
        List<Map<String, Object>> corrections = Kafka.readCommitted("attributions",
                d -> "install-0".equals(d.get("conversion_event_id")) && app.equals(d.get("app_id"))
                        && ((Number) d.get("version")).intValue() == 2, 1, Duration.ofMinutes(1));
        assertEquals(1, corrections.size(), "one corrected version of install-0");
        Map<String, Object> correction = corrections.get(0);
        assertEquals("attributed", correction.get("status"));
        assertEquals("click-late-0", correction.get("touchpoint_event_id"));
    }

    private static void sendDevice(KafkaProducer<String, byte[]> producer, String app, int i, Instant base,
            Map<String, String> expectedWinner) {
        String adid = UUID.nameUUIDFromBytes((app + i).getBytes()).toString();
        Instant click = base.plusMillis(i * 1000L);
        String install = "install-" + i;
        if (i % 4 != 0) { // every fourth install is organic: no expected winner
            send(producer, app, adid, event(app, "click-" + i, "click", click, adid));
            expectedWinner.put(install, "click-" + i);
        }
        send(producer, app, adid, event(app, install, "install", click.plusSeconds(120), adid));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitSomeDecisions(String app) {
        List<Map<String, Object>> some = Kafka.readCommitted("attributions", d -> app.equals(d.get("app_id")), 50,
                Duration.ofSeconds(60), Duration.ZERO);
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
