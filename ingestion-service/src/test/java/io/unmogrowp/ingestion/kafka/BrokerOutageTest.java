package io.unmogrowp.ingestion.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.support.Events;
import io.unmogrowp.ingestion.support.KafkaProbe;
import io.unmogrowp.ingestion.support.TestApps;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Stops the real broker: the service answers 503 and acknowledges nothing; once the broker is
 * back, nothing of the refused request has reached the topic and new requests are accepted.
 */
@QuarkusTest
class BrokerOutageTest {

    @Inject
    AppDirectory directory;

    @Inject
    KafkaStatus kafkaStatus;

    @Test
    void brokerDownGives503AndNothingAcknowledgedThenAcceptsAgain() throws Exception {
        TestApps.App app = TestApps.publishNew(directory);
        List<Map<String, Object>> refused = events(app.id(), 20);
        List<Map<String, Object>> afterwards = events(app.id(), 20);
        List<Map<String, Object>> before = events(app.id(), 3);

        try (KafkaProbe raw = KafkaProbe.open("events.raw")) {
            given().header("X-Api-Key", app.key()).contentType("application/json").body(Events.batch(before))
                    .when().post("/v1/events").then().statusCode(202);
            try {
                platform("stop", "kafka");
                long start = System.nanoTime();
                given().header("X-Api-Key", app.key()).contentType("application/json").body(Events.batch(refused))
                        .when().post("/v1/events")
                        .then().statusCode(503)
                        .header("Retry-After", equalTo("1"))
                        .body("reason", equalTo("kafka_unavailable"))
                        .body("status", equalTo(503));
                long waitedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
                assertTrue(waitedMs < 6_000, "answered within the deadline, took " + waitedMs + " ms");
                assertTrue(awaitKafkaStatus(false, Duration.ofSeconds(20)), "unmogrowp_dependency_up{kafka} drops to 0");
                // Give any record the producer still holds time to expire before the broker returns.
                Thread.sleep(3_000);
            } finally {
                platform("start", "kafka");
            }
            assertTrue(awaitKafkaStatus(true, Duration.ofSeconds(60)), "kafka is seen again");

            Set<String> refusedIds = ids(refused);
            Set<String> afterIds = ids(afterwards);
            int accepted = acceptWhenReady(app.key(), afterwards);
            assertEquals(20, accepted);
            List<KafkaProbe.Found> all = raw.collect(f -> f.key() != null && f.key().startsWith(app.id() + ":"),
                    Duration.ofSeconds(5));
            Set<String> seen = all.stream().map(f -> f.text("event_id")).collect(Collectors.toSet());
            assertTrue(seen.containsAll(ids(before)), "every event accepted before the outage is on events.raw");
            assertTrue(seen.containsAll(afterIds), "every event accepted after the outage is on events.raw");
            assertEquals(Set.of(), intersection(seen, refusedIds), "nothing of the 503 request reached events.raw");
        }
    }

    private int acceptWhenReady(String key, List<Map<String, Object>> events) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            var response = given().header("X-Api-Key", key).contentType("application/json").body(Events.batch(events))
                    .when().post("/v1/events");
            if (response.statusCode() == 202) {
                return response.jsonPath().getInt("accepted");
            }
            assertEquals(503, response.statusCode(), "while Kafka recovers the only other answer is 503");
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not accepting 60 s after the broker returned");
            }
            Thread.sleep(1_000);
        }
    }

    private boolean awaitKafkaStatus(boolean up, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (kafkaStatus.isUp() == up) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static List<Map<String, Object>> events(String appId, int count) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(Events.install(appId));
        }
        return events;
    }

    private static Set<String> ids(List<Map<String, Object>> events) {
        return events.stream().map(e -> (String) e.get("event_id")).collect(Collectors.toSet());
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).collect(Collectors.toSet());
    }

    /** Runs ./platform from the repository root (the module directory's parent). */
    private static void platform(String command, String component) throws IOException, InterruptedException {
        File root = Path.of(System.getProperty("user.dir")).getParent().toFile();
        Process process = new ProcessBuilder("./platform", command, component)
                .directory(root)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        int exit = process.waitFor();
        assertEquals(0, exit, "./platform " + command + " " + component);
    }
}
