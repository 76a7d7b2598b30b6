package io.unmogrowp.gateway.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.unmogrowp.gateway.support.AppConfigTopic;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.unmogrowp.gateway.support.Operator.createApp;
import static io.unmogrowp.gateway.support.Operator.operator;
import static io.unmogrowp.gateway.support.Operator.operatorJson;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AppConfigPublishingTest {

    @Inject
    DataSource dataSource;

    @Test
    void newAppIsPublishedToAppConfigTopic() throws Exception {
        try (AppConfigTopic topic = new AppConfigTopic()) {
            ExtractableResponse<Response> created = createApp("Published App").extract();
            String appId = created.path("app_id");

            AppConfigTopic.Received received = topic.await(appId, value -> value.path("version").asLong() == 1)
                    .orElseThrow(() -> new AssertionError("no app-config record for " + appId));
            JsonNode record = received.value();
            assertTrue(received.headers().getOrDefault("traceparent", "").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"),
                    "the record carries the W3C trace context of the request: " + received.headers());

            assertEquals(appId, record.path("app_id").asText());
            assertEquals("Published App", record.path("name").asText());
            assertEquals("android", record.path("platform").asText());
            assertEquals("https://play.google.com/store/apps/details?id=com.example.test", record.path("store_url").asText());
            assertTrue(record.hasNonNull("updated_at"));
            assertEquals(1, record.path("ingest_keys").size());
            JsonNode key = record.path("ingest_keys").get(0);
            assertEquals(created.path("key_id").toString(), key.path("key_id").asText());
            assertEquals(AppCreationTest.sha256Hex(created.path("ingest_key")), key.path("sha256").asText());
            assertTrue(key.hasNonNull("created_at"));
            JsonNode settings = record.path("settings");
            assertEquals(168, settings.path("click_lookback_hours").asInt());
            assertEquals("last_touch", settings.path("default_model").asText());
            assertEquals(5000, settings.path("rate_limit_per_second").asInt());
            assertTrue(settings.path("blocked_ip_ranges").isArray());
            assertEquals(11, settings.size(), "every setting of the contract is present");
            assertTrue(!record.toString().contains((String) created.path("ingest_key")), "plaintext key is never published");
        }
    }

    @Test
    void settingsUpdateBumpsVersionAndPublishes() throws Exception {
        String appId = createApp("Settings App").extract().path("app_id");
        try (AppConfigTopic topic = new AppConfigTopic()) {
            operatorJson(Map.of("default_model", "time_decay", "fraud_policy", "reject",
                    "blocked_ip_ranges", List.of("10.0.0.0/8", "2001:db8::/32"), "require_signature", true))
                    .when().put("/api/v1/apps/" + appId + "/settings")
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(2))
                    .body("settings.default_model", equalTo("time_decay"))
                    .body("settings.click_lookback_hours", equalTo(168));

            JsonNode record = topic.await(appId, value -> value.path("version").asLong() == 2)
                    .orElseThrow(() -> new AssertionError("no version 2 record for " + appId)).value();
            assertEquals("time_decay", record.path("settings").path("default_model").asText());
            assertEquals("reject", record.path("settings").path("fraud_policy").asText());
            assertEquals("2001:db8::/32", record.path("settings").path("blocked_ip_ranges").get(1).asText());
            assertTrue(record.path("settings").path("require_signature").asBoolean());
            assertEquals(1, record.path("ingest_keys").size());
        }
        operator().when().get("/api/v1/apps/" + appId)
                .then().statusCode(200).body("version", equalTo(2)).body("settings.fraud_policy", equalTo("reject"));
    }

    @Test
    void unchangedSettingsNeitherBumpNorPublish() throws Exception {
        String appId = createApp("Stable App").extract().path("app_id");
        awaitOutboxDrained(appId);
        try (AppConfigTopic topic = new AppConfigTopic()) {
            operatorJson(Map.of("default_model", "last_touch"))
                    .when().put("/api/v1/apps/" + appId + "/settings")
                    .then().statusCode(200).body("version", equalTo(1));
            assertEquals(List.of(), topic.collect(appId, Duration.ofSeconds(2)));
        }
    }

    @Test
    void outboxRowsAreMarkedPublishedAfterKafkaAcknowledged() throws Exception {
        String appId = createApp("Relay App").extract().path("app_id");
        awaitOutboxDrained(appId);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM outbox WHERE message_key = ? AND published_at IS NOT NULL")) {
            statement.setString(1, appId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                assertEquals(1, row.getLong(1));
            }
        }
    }

    private void awaitOutboxDrained(String appId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement(
                         "SELECT count(*) FROM outbox WHERE message_key = ? AND published_at IS NULL")) {
                statement.setString(1, appId);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("outbox rows of " + appId + " were not published within 15 s");
    }
}
