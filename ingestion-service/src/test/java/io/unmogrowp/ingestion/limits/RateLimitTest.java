package io.unmogrowp.ingestion.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.support.Events;
import io.unmogrowp.ingestion.support.TestApps;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

    @Inject
    AppDirectory directory;

    @Test
    void appOverItsRateGets429WithRetryAfterAndOtherAppsAreUnaffected() {
        String slowApp = TestApps.newAppId();
        String slowKey = TestApps.newKey();
        // 1 event/s: the bucket holds one full request (100 events in the test profile), then refills slowly.
        TestApps.publish(directory, slowApp, 1, List.of(slowKey), List.of(), false, 1);
        TestApps.App other = TestApps.publishNew(directory);

        given().header("X-Api-Key", slowKey).contentType("application/json").body(batchOf(slowApp, 100))
                .when().post("/v1/events").then().statusCode(202).body("accepted", equalTo(100));
        String retryAfter = given().header("X-Api-Key", slowKey).contentType("application/json").body(batchOf(slowApp, 5))
                .when().post("/v1/events")
                .then().statusCode(429).body("reason", equalTo("rate_limited")).body("status", equalTo(429))
                .extract().header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 5, "5 events at 1/s need about 5 s, got Retry-After " + seconds);

        given().header("X-Api-Key", other.key()).contentType("application/json").body(batchOf(other.id(), 5))
                .when().post("/v1/events").then().statusCode(202).body("accepted", equalTo(5));
    }

    private static String batchOf(String appId, int count) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(Events.install(appId));
        }
        return Events.batch(events);
    }
}
