package io.unmogrowp.ingestion.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.support.Events;
import io.unmogrowp.ingestion.support.KafkaProbe;
import io.unmogrowp.ingestion.support.TestApps;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies above ingestion.limits.max-body-bytes (1 MiB) get the JSON 413 and a dead letter at every
 * size, with or without Content-Length: also above the HTTP layer's own 4 MiB ceiling, which used to
 * answer a bare 413.
 */
@QuarkusTest
class BodySizeLimitTest {

    private static final int LIMIT = 1024 * 1024;
    private static final int FIVE_MIB = 5 * 1024 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static TestApps.App app;

    @Inject
    AppDirectory directory;

    @TestHTTPResource("/v1/events")
    URI events;

    @BeforeEach
    void createApp() {
        if (app == null) {
            app = TestApps.publishNew(directory);
        }
    }

    @Test
    void bodyOfExactlyTheLimitIsAccepted() {
        given().header("X-Api-Key", app.key()).contentType("application/json")
                .body(batchOfSize(LIMIT, "at-limit-" + UUID.randomUUID()))
                .when().post("/v1/events")
                .then().statusCode(202).body("accepted", equalTo(1));
    }

    @Test
    void chunkedBodyOfExactlyTheLimitIsAccepted() throws Exception {
        HttpResponse<String> response = postChunked("application/json", app.key(),
                batchOfSize(LIMIT, "chunked-at-limit-" + UUID.randomUUID()));
        assertEquals(202, response.statusCode(), response.body());
        assertEquals(1, JsonPath.from(response.body()).getInt("accepted"));
    }

    @Test
    void oneByteOverTheLimitIsRefusedWithJsonAndDeadLettered() {
        String marker = "over-by-one-" + UUID.randomUUID();
        try (KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            given().header("X-Api-Key", app.key()).contentType("application/json")
                    .body(batchOfSize(LIMIT + 1, marker))
                    .when().post("/v1/events")
                    .then().statusCode(413).contentType("application/json")
                    .body("status", equalTo(413))
                    .body("error", equalTo("too_large"))
                    .body("reason", equalTo("body_too_large"))
                    .body("field", equalTo("body"))
                    .body("message", equalTo("the body is " + (LIMIT + 1) + " bytes; at most " + LIMIT + " are accepted"));
            assertDeadLettered(rejected, marker, app.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "application/x-ndjson"})
    void fiveMibWithContentLengthGetsTheJson413(String contentType) {
        String marker = "five-mib-" + UUID.randomUUID();
        try (KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            given().header("X-Api-Key", app.key()).contentType(contentType)
                    .body(batchOfSize(FIVE_MIB, marker).getBytes(StandardCharsets.UTF_8))
                    .when().post("/v1/events")
                    .then().statusCode(413).contentType("application/json")
                    .body("error", equalTo("too_large"))
                    .body("reason", equalTo("body_too_large"))
                    .body("field", equalTo("body"))
                    .body("message", equalTo("the body is " + FIVE_MIB + " bytes; at most " + LIMIT + " are accepted"));
            assertDeadLettered(rejected, marker, app.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "application/x-ndjson"})
    void chunkedFiveMibGetsTheJson413(String contentType) throws Exception {
        String marker = "chunked-five-mib-" + UUID.randomUUID();
        try (KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            HttpResponse<String> response = postChunked(contentType, app.key(), batchOfSize(FIVE_MIB, marker));
            assertEquals(413, response.statusCode(), response.body());
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null));
            JsonPath body = JsonPath.from(response.body());
            assertEquals(413, body.getInt("status"));
            assertEquals("too_large", body.getString("error"));
            assertEquals("body_too_large", body.getString("reason"));
            assertEquals("body", body.getString("field"));
            // Chunked bodies announce no size: the service stops counting at the limit.
            assertEquals("the body is more than " + LIMIT + " bytes; at most " + LIMIT + " are accepted",
                    body.getString("message"));
            assertDeadLettered(rejected, marker, app.id());
        }
    }

    @Test
    void tooLargeBodyWithAnUnknownKeyIsDeadLetteredAsUnknown() {
        String marker = "unknown-key-" + UUID.randomUUID();
        try (KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            given().header("X-Api-Key", TestApps.newKey()).contentType("application/json")
                    .body(batchOfSize(FIVE_MIB, marker))
                    .when().post("/v1/events")
                    .then().statusCode(413).body("reason", equalTo("body_too_large"));
            assertDeadLettered(rejected, marker, "unknown");
        }
    }

    private static void assertDeadLettered(KafkaProbe rejected, String marker, String appId) {
        KafkaProbe.Found dead = rejected.await(f -> "body_too_large".equals(f.text("reason"))
                && f.text("payload") != null && f.text("payload").contains(marker), WAIT);
        assertEquals(appId, dead.key());
        assertEquals(appId, dead.text("app_id"));
        assertEquals("body", dead.text("field"));
        assertNull(dead.text("index"));
        assertEquals(64 * 1024, dead.text("payload").length(), "the dead letter holds the body's first 64 KiB");
    }

    /** A valid one-event batch, padded with trailing blanks to exactly {@code size} bytes, its event_id the marker. */
    private static String batchOfSize(int size, String marker) {
        Map<String, Object> event = Events.install(app.id());
        event.put("event_id", marker);
        String batch = Events.batch(List.of(event));
        return batch + " ".repeat(size - batch.getBytes(StandardCharsets.UTF_8).length);
    }

    /** Sent without Content-Length: a body of unknown length goes out with chunked transfer encoding. */
    private HttpResponse<String> postChunked(String contentType, String key, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(events)
                .header("X-Api-Key", key)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
