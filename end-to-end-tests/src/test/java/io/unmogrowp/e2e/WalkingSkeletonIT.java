package io.unmogrowp.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.unmogrowp.e2e.support.Await;
import io.unmogrowp.e2e.support.Platform;
import io.unmogrowp.e2e.support.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README walk, through every service and the real broker, PostgreSQL and ClickHouse: create an app,
 * send a click and an install that share an advertising id plus an install with no touchpoint, and read
 * both decisions back from the gateway.
 */
class WalkingSkeletonIT {

    private static Platform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = Platform.get();
    }

    @Test
    void installAfterAClickIsAttributedAndAnInstallWithoutTouchpointIsOrganic() throws Exception {
        TestApps.App app = TestApps.create(platform, "walking skeleton " + UUID.randomUUID());
        String adid = UUID.randomUUID().toString();
        Instant click = Instant.now().minusSeconds(600);
        List<Map<String, Object>> events = List.of(
                Map.of("event_id", "click-1", "app_id", app.appId(), "event_type", "click",
                        "event_time", click.toString(), "platform", "android",
                        "device", Map.of("advertising_id", adid),
                        "campaign", Map.of("media_source", "googleadwords_int", "campaign", "summer_sale")),
                Map.of("event_id", "install-1", "app_id", app.appId(), "event_type", "install",
                        "event_time", click.plusSeconds(300).toString(), "platform", "android",
                        "device", Map.of("advertising_id", adid)),
                Map.of("event_id", "install-organic", "app_id", app.appId(), "event_type", "install",
                        "event_time", click.plusSeconds(300).toString(), "platform", "android",
                        "device", Map.of("advertising_id", UUID.randomUUID().toString())));

        given().baseUri(platform.ingestion.baseUrl()).header("X-Api-Key", app.ingestKey())
                .contentType(ContentType.JSON).body(Map.of("events", events))
                .post("/v1/events")
                .then().statusCode(202)
                .body("accepted", org.hamcrest.Matchers.equalTo(3));

        Response attributed = awaitDecision(platform, app, "install-1");
        assertEquals(200, attributed.statusCode(), attributed.asString());
        assertEquals("attributed", attributed.path("status"));
        assertEquals("googleadwords_int", attributed.path("media_source"));
        assertEquals("summer_sale", attributed.path("campaign"));
        assertEquals("device_id", attributed.path("match_type"));
        assertEquals("click", attributed.path("touch_type"));
        assertEquals("click-1", attributed.path("touchpoint_event_id"));
        assertEquals(300, (int) attributed.path("ctit_seconds"));
        assertEquals("won", attributed.path("explain[0].outcome"));

        Response organic = awaitDecision(platform, app, "install-organic");
        assertEquals(200, organic.statusCode(), organic.asString());
        assertEquals("organic", organic.path("status"));
        assertEquals("none", organic.path("match_type"));
    }

    @Test
    void anUndecidedInstallIsNotFound() throws Exception {
        TestApps.App app = TestApps.create(platform, "not decided " + UUID.randomUUID());
        given().baseUri(platform.gateway.baseUrl()).header("Authorization", "Bearer " + Platform.ADMIN_TOKEN)
                .get("/api/v1/apps/" + app.appId() + "/attributions/never-sent")
                .then().statusCode(404);
    }

    static Response awaitDecision(Platform platform, TestApps.App app, String installId) throws InterruptedException {
        return Await.until(() -> given().baseUri(platform.gateway.baseUrl())
                        .header("Authorization", "Bearer " + Platform.ADMIN_TOKEN)
                        .get("/api/v1/apps/" + app.appId() + "/attributions/" + installId),
                r -> r.statusCode() != 404, Duration.ofSeconds(60));
    }
}
