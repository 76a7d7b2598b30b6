package io.unmogrowp.gateway.apps;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.unmogrowp.gateway.support.Operator.createApp;
import static io.unmogrowp.gateway.support.Operator.operator;
import static io.unmogrowp.gateway.support.Operator.operatorJson;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AppCreationTest {

    @Inject
    DataSource dataSource;

    @Test
    void createsAppWithFreshKeyAndFullSettings() {
        ExtractableResponse<Response> created = operatorJson(Map.of(
                "name", "Puzzle Quest",
                "platform", "ios",
                "store_url", "https://apps.apple.com/app/id123456789",
                "settings", Map.of("default_model", "linear", "blocked_ip_ranges", List.of("203.0.113.0/24"))))
                .when().post("/api/v1/apps")
                .then()
                .statusCode(201)
                .body("app_id", matchesPattern("app_[0-9a-f]{12}"))
                .body("ingest_key", matchesPattern("uk_[A-Za-z0-9_-]{43}"))
                .body("key_id", matchesPattern("key_[0-9a-f]{12}"))
                .body("name", equalTo("Puzzle Quest"))
                .body("platform", equalTo("ios"))
                .body("version", equalTo(1))
                .body("created_at", notNullValue())
                .body("settings.default_model", equalTo("linear"))
                .body("settings.blocked_ip_ranges", equalTo(List.of("203.0.113.0/24")))
                .body("settings.click_lookback_hours", equalTo(168))
                .body("settings.impression_lookback_hours", equalTo(24))
                .body("settings.fingerprint_lookback_hours", equalTo(6))
                .body("settings.reattribution_window_days", equalTo(90))
                .body("settings.reengagement_inactivity_days", equalTo(7))
                .body("settings.fraud_policy", equalTo("flag"))
                .body("settings.min_ctit_seconds", equalTo(10))
                .body("settings.require_signature", equalTo(false))
                .body("settings.rate_limit_per_second", equalTo(5000))
                .extract();
        String appId = created.path("app_id");
        assertTrue(created.header("Location").endsWith("/api/v1/apps/" + appId), created.header("Location"));
    }

    @Test
    void storesOnlyTheHashOfTheIngestKey() throws Exception {
        ExtractableResponse<Response> created = createApp("Hash Check").extract();
        String appId = created.path("app_id");
        String plaintext = created.path("ingest_key");

        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT k.key_id, k.sha256, k.revoked_at, a.settings::text AS settings, a.name"
                             + " FROM ingest_keys k JOIN apps a USING (app_id) WHERE app_id = ?")) {
            statement.setString(1, appId);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), "the key row exists");
                assertEquals(created.path("key_id"), row.getString("key_id"));
                assertEquals(sha256Hex(plaintext), row.getString("sha256"));
                assertEquals(null, row.getTimestamp("revoked_at"));
                assertFalse(row.getString("settings").contains(plaintext));
                assertFalse(row.next(), "exactly one key for a new app");
            }
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM outbox WHERE payload LIKE ?")) {
            statement.setString(1, "%" + plaintext + "%");
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                assertEquals(0, row.getLong(1), "the plaintext key never reaches the outbox");
            }
        }
    }

    @Test
    void readsAppsWithoutKeyMaterial() {
        ExtractableResponse<Response> created = createApp("Reader").extract();
        String appId = created.path("app_id");
        String plaintext = created.path("ingest_key");

        String single = operator().when().get("/api/v1/apps/" + appId)
                .then()
                .statusCode(200)
                .body("app_id", equalTo(appId))
                .body("name", equalTo("Reader"))
                .body("store_url", endsWith("com.example.test"))
                .body("ingest_keys", hasSize(1))
                .body("ingest_keys[0].key_id", equalTo(created.path("key_id")))
                .body("ingest_keys[0].created_at", notNullValue())
                .extract().asString();
        assertFalse(single.contains(plaintext));
        assertFalse(single.contains("sha256"));
        assertFalse(single.contains("ingest_key\""));

        String all = operator().when().get("/api/v1/apps")
                .then()
                .statusCode(200)
                .body("app_id", hasItem(appId))
                .extract().asString();
        assertFalse(all.contains(plaintext));
        assertFalse(all.contains("sha256"));
    }

    static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
