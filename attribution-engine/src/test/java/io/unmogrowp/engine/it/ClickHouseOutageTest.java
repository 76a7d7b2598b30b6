package io.unmogrowp.engine.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ClickHouse goes away while decisions are made: attribution goes on, the sink pauses and retries, and
 * once ClickHouse is back every decision and event arrives exactly once (no drop, no double row).
 */
@QuarkusTest
class ClickHouseOutageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void theSinkPausesWhileClickHouseIsDownAndCatchesUpWithNothingDropped() throws Exception {
        AttributionEngineTest.awaitReady();
        String app = AttributionEngineTest.newAppId();
        String adid = UUID.randomUUID().toString();
        Instant click = Instant.now().minusSeconds(300);
        platform("stop", "clickhouse");
        try {
            try (KafkaTestClient kafka = new KafkaTestClient()) {
                kafka.send("events.raw", app + ":" + adid, AttributionEngineTest.event(app, "click-1", "click", click, adid, true));
                kafka.send("events.raw", app + ":" + adid,
                        AttributionEngineTest.event(app, "install-1", "install", click.plusSeconds(90), adid, false));
            }
            List<Map<String, Object>> decisions = KafkaTestClient.awaitRecords("attributions",
                    d -> app.equals(d.get("app_id")), 1, TIMEOUT);
            assertEquals(1, decisions.size(), "attribution does not wait for ClickHouse");
            awaitMetric("unmogrowp_dependency_up{dependency=\"clickhouse\"} 0.0");
            // The readiness probe may see the outage before the sink's next flush fails.
            awaitInsertFailures();
        } finally {
            platform("start", "clickhouse");
        }
        String expected = "attributed/1";
        assertEquals(expected, ClickHouseTestClient.await("SELECT concat(status, '/', toString(count())) FROM attributions"
                + " FINAL WHERE app_id = '" + app + "' GROUP BY status FORMAT TabSeparated", expected, TIMEOUT));
        assertEquals("2", ClickHouseTestClient.await("SELECT count() FROM events_raw FINAL WHERE app_id = '" + app
                + "' FORMAT TabSeparated", "2", TIMEOUT));
    }

    private static void awaitMetric(String line) throws InterruptedException {
        awaitUntil(() -> given().get("/q/metrics").asString().contains(line));
        given().get("/q/metrics").then().body(containsString(line));
    }

    private static void awaitInsertFailures() throws InterruptedException {
        awaitUntil(() -> insertFailures() > 0);
        assertTrue(insertFailures() > 0, "the sink counts its failed inserts");
    }

    /** Polls until the condition holds or the timeout passes; the caller asserts afterwards. */
    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    private static double insertFailures() {
        Matcher m = Pattern.compile("(?m)^attribution_clickhouse_insert_failures_total(?:\\{[^}]*\\})? (\\S+)$")
                .matcher(given().get("/q/metrics").asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static void platform(String command, String component) throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        Process p = new ProcessBuilder(root.resolve("platform").toString(), command, component)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, p.waitFor(), "./platform " + command + " " + component);
    }
}
