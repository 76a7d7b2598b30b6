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
import java.util.ArrayList;
import java.util.List;

import static io.unmogrowp.gateway.support.Operator.createApp;
import static io.unmogrowp.gateway.support.Operator.operator;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class KeyRotationTest {

    @Inject
    DataSource dataSource;

    @Test
    void rotationKeepsTwoActiveKeysAndRevokesTheOldest() throws Exception {
        ExtractableResponse<Response> created = createApp("Rotating App").extract();
        String appId = created.path("app_id");
        String firstKey = created.path("key_id");

        String secondKey = operator().when().post("/api/v1/apps/" + appId + "/keys")
                .then()
                .statusCode(201)
                .body("ingest_key", matchesPattern("uk_[A-Za-z0-9_-]{43}"))
                .body("revoked_key_ids", empty())
                .body("version", equalTo(2))
                .extract().path("key_id");

        try (AppConfigTopic topic = new AppConfigTopic()) {
            ExtractableResponse<Response> third = operator().when().post("/api/v1/apps/" + appId + "/keys")
                    .then()
                    .statusCode(201)
                    .body("revoked_key_ids", contains(firstKey))
                    .body("version", equalTo(3))
                    .extract();
            String thirdKey = third.path("key_id");
            assertNotEquals(secondKey, thirdKey);

            operator().when().get("/api/v1/apps/" + appId)
                    .then()
                    .statusCode(200)
                    .body("ingest_keys.key_id", contains(secondKey, thirdKey));

            JsonNode record = topic.await(appId, value -> value.path("version").asLong() == 3)
                    .orElseThrow(() -> new AssertionError("no version 3 record")).value();
            List<String> published = new ArrayList<>();
            record.path("ingest_keys").forEach(key -> published.add(key.path("key_id").asText()));
            assertEquals(List.of(secondKey, thirdKey), published);
            assertEquals(AppCreationTest.sha256Hex(third.path("ingest_key")),
                    record.path("ingest_keys").get(1).path("sha256").asText());
        }
        assertEquals(List.of(firstKey), revokedKeys(appId));
    }

    @Test
    void revokingTheLastActiveKeyIsRefused() {
        ExtractableResponse<Response> created = createApp("Last Key App").extract();
        String appId = created.path("app_id");
        String onlyKey = created.path("key_id");

        operator().when().delete("/api/v1/apps/" + appId + "/keys/" + onlyKey)
                .then()
                .statusCode(409)
                .body("status", equalTo(409))
                .body("error", equalTo("last_active_key"))
                .body("field", equalTo("key_id"));
        operator().when().get("/api/v1/apps/" + appId)
                .then().statusCode(200).body("version", equalTo(1)).body("ingest_keys.key_id", contains(onlyKey));
    }

    @Test
    void revokingOneOfTwoKeysBumpsVersionAndLeavesTheOther() throws Exception {
        ExtractableResponse<Response> created = createApp("Revoke App").extract();
        String appId = created.path("app_id");
        String firstKey = created.path("key_id");
        String secondKey = operator().when().post("/api/v1/apps/" + appId + "/keys")
                .then().statusCode(201).extract().path("key_id");

        operator().when().delete("/api/v1/apps/" + appId + "/keys/" + firstKey).then().statusCode(204);

        operator().when().get("/api/v1/apps/" + appId)
                .then().statusCode(200).body("version", equalTo(3)).body("ingest_keys.key_id", containsInAnyOrder(secondKey));
        assertEquals(List.of(firstKey), revokedKeys(appId));
        operator().when().delete("/api/v1/apps/" + appId + "/keys/" + secondKey)
                .then().statusCode(409).body("error", equalTo("last_active_key"));
    }

    @Test
    void unknownKeyIs404() {
        String appId = createApp("Unknown Key App").extract().path("app_id");
        operator().when().delete("/api/v1/apps/" + appId + "/keys/key_000000000000")
                .then().statusCode(404).body("error", equalTo("unknown_key")).body("field", equalTo("key_id"));
    }

    private List<String> revokedKeys(String appId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT key_id FROM ingest_keys WHERE app_id = ? AND revoked_at IS NOT NULL ORDER BY created_at")) {
            statement.setString(1, appId);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
                return keys;
            }
        }
    }
}
