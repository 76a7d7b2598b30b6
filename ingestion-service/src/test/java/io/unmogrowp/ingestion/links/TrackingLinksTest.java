package io.unmogrowp.ingestion.links;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.support.KafkaProbe;
import io.unmogrowp.ingestion.support.TestApps;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrackingLinksTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    AppDirectory directory;

    @Test
    void clickIsRecordedAndRedirectsToTheStoreWithTheGeneratedClickIdAsReferrer() {
        String appId = TestApps.newAppId();
        TestApps.publish(directory, appId, TestApps.newKey());
        try (KafkaProbe raw = KafkaProbe.open("events.raw")) {
            String location = given().redirects().follow(false)
                    .header("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/120.0 Mobile")
                    .header("X-Forwarded-For", "198.51.100.77")
                    .queryParam("app_id", appId).queryParam("pid", "googleadwords_int").queryParam("c", "summer sale")
                    .queryParam("af_c_id", "c-1").queryParam("af_adset", "set-a").queryParam("af_ad", "ad-9")
                    .queryParam("af_siteid", "site-3").queryParam("advertising_id", "gaid-123")
                    .when().get("/v1/click")
                    .then().statusCode(302).header("Cache-Control", "no-store")
                    .extract().header("Location");

            String prefix = TestApps.STORE_URL + "&referrer=click_id%3D";
            assertTrue(location.startsWith(prefix), location);
            String clickId = URLDecoder.decode(location.substring(prefix.length()), StandardCharsets.UTF_8);
            assertTrue(clickId.matches("[0-9a-f-]{36}"), "generated UUID click id: " + clickId);

            KafkaProbe.Found click = raw.await(f -> clickId.equals(f.text("click_id")), WAIT);
            assertEquals("click", click.text("event_type"));
            assertEquals(appId, click.text("app_id"));
            assertEquals(appId + ":gaid-123", click.key());
            assertEquals("198.51.100.77", click.value().get("device").get("ip").asText());
            assertTrue(click.value().get("device").get("user_agent").asText().contains("Pixel 8"));
            assertEquals("googleadwords_int", click.value().get("campaign").get("media_source").asText());
            assertEquals("summer sale", click.value().get("campaign").get("campaign").asText());
            assertEquals("c-1", click.value().get("campaign").get("campaign_id").asText());
            assertEquals("set-a", click.value().get("campaign").get("adset").asText());
            assertEquals("ad-9", click.value().get("campaign").get("ad").asText());
            assertEquals("site-3", click.value().get("campaign").get("site_id").asText());
        }
    }

    @Test
    void givenClickIdIsKeptAndIsTheEventIdentity() {
        String appId = TestApps.newAppId();
        TestApps.publish(directory, appId, TestApps.newKey());
        String clickId = "net-click-" + System.nanoTime();
        try (KafkaProbe raw = KafkaProbe.open("events.raw")) {
            given().redirects().follow(false).queryParam("app_id", appId).queryParam("pid", "network_int")
                    .queryParam("click_id", clickId)
                    .when().get("/v1/click")
                    .then().statusCode(302).header("Location", containsString("referrer=click_id%3D" + clickId));
            KafkaProbe.Found click = raw.await(f -> clickId.equals(f.text("click_id")), WAIT);
            assertEquals("click-" + clickId, click.text("event_id"));
            // No device id: the partition key falls back to the ip (the test client's own address).
            assertEquals(appId + ":127.0.0.1", click.key());
        }
    }

    @Test
    void invalidClickStillSendsTheUserToTheStoreButIsDeadLetteredNotRecorded() {
        String appId = TestApps.newAppId();
        TestApps.publish(directory, appId, TestApps.newKey());
        String tooLong = "x".repeat(200);
        try (KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            given().redirects().follow(false).queryParam("app_id", appId).queryParam("click_id", tooLong)
                    .when().get("/v1/click")
                    .then().statusCode(302).header("Location", equalTo(TestApps.STORE_URL));
            KafkaProbe.Found dead = rejected.await(f -> appId.equals(f.key()), WAIT);
            assertEquals("too_long", dead.text("reason"));
            assertEquals("click_id", dead.text("field"));
            assertTrue(dead.text("payload").contains(tooLong));
        }
    }

    @Test
    void unknownAppGets404AndNothingIsRecorded() {
        String appId = TestApps.newAppId();
        try (KafkaProbe raw = KafkaProbe.open("events.raw"); KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            given().redirects().follow(false).queryParam("app_id", appId).queryParam("pid", "x")
                    .when().get("/v1/click")
                    .then().statusCode(404).contentType("text/html").body(containsString("not valid"));
            given().accept("application/json").queryParam("app_id", appId)
                    .when().get("/v1/impression")
                    .then().statusCode(404).body("reason", equalTo("unknown_app")).body("field", equalTo("app_id"));
            List<KafkaProbe.Found> written = raw.collect(f -> f.key() != null && f.key().startsWith(appId), Duration.ofSeconds(2));
            assertEquals(List.of(), written);
            assertEquals(List.of(), rejected.collect(f -> f.key() != null && f.key().startsWith(appId), Duration.ofMillis(500)));
        }
    }

    @Test
    void impressionIsRecordedWith204() {
        String appId = TestApps.newAppId();
        TestApps.publish(directory, appId, TestApps.newKey());
        try (KafkaProbe raw = KafkaProbe.open("events.raw")) {
            given().queryParam("app_id", appId).queryParam("pid", "display_net").queryParam("c", "banner")
                    .queryParam("idfv", "idfv-77")
                    .when().get("/v1/impression")
                    .then().statusCode(204);
            KafkaProbe.Found impression = raw.await(f -> (appId + ":idfv-77").equals(f.key()), WAIT);
            assertEquals("impression", impression.text("event_type"));
            assertEquals("display_net", impression.value().get("campaign").get("media_source").asText());
        }
    }
}
