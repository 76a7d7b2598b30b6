package io.unmogrowp.ingestion.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.support.Events;
import io.unmogrowp.ingestion.support.TestApps;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The meters of the monitoring report, read back from /q/metrics as Prometheus scrapes them. */
@QuarkusTest
class IngestionMetricsTest {

    @Inject
    AppDirectory directory;

    @Test
    void acceptedAndRejectedEventsAreCountedByAppTypePlatformAndStatus() {
        TestApps.App app = TestApps.publishNew(directory);
        Map<String, Object> good = Events.install(app.id());
        Map<String, Object> futureEvent = Events.install(app.id());
        futureEvent.put("event_time", java.time.Instant.now().plusSeconds(7200).toString());
        given().header("X-Api-Key", app.key()).contentType("application/json")
                .body(Events.batch(List.of(good, good, futureEvent)))
                .when().post("/v1/events").then().statusCode(202);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        String labels = "app_id=\"" + app.id() + "\",event_type=\"install\",platform=\"android\"";
        assertEquals(2.0, value(metrics, "attribution_events_processed_total", labels + ",status=\"accepted\""), metrics);
        assertEquals(1.0, value(metrics, "attribution_events_processed_total", labels + ",status=\"rejected\""), metrics);
        assertTrue(value(metrics, "ingestion_events_rejected_total", "reason=\"event_in_future\"") >= 1.0, metrics);
        assertTrue(value(metrics, "attribution_event_processing_duration_seconds_bucket", "le=\"0.1\"") >= 1.0,
                "a histogram bucket at 0.1 s");
        assertTrue(value(metrics, "attribution_memory_usage_bytes", "") > 0);
        assertTrue(metrics.contains("\nattribution_active_connections"), "the active-connections gauge");
    }

    private static void assertEquals(double expected, double actual, String metrics) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, 1e-9, () -> "in\n" + metrics);
    }

    /** The sample of {@code name} whose label set contains {@code labels} (sorted, as Prometheus writes them; an exemplar may follow). */
    private static double value(String metrics, String name, String labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)( # .*)?$", Pattern.MULTILINE);
        Matcher m = sample.matcher(metrics);
        while (m.find()) {
            String set = m.group(1) == null ? "" : m.group(1);
            if (set.contains(labels)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return Double.NaN;
    }
}
