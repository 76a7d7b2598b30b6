package io.unmogrowp.ingestion.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.support.Events;
import io.unmogrowp.ingestion.support.KafkaProbe;
import io.unmogrowp.ingestion.support.TestApps;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gets its documented status and reason and is found on events.rejected. */
@QuarkusTest
class BadInputTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static String appId;
    private static String key;

    @Inject
    AppDirectory directory;

    @BeforeEach
    void createApp() {
        if (appId == null) {
            appId = TestApps.newAppId();
            key = TestApps.newKey();
            TestApps.publish(directory, appId, key);
        }
    }

    static Stream<Arguments> badEvents() {
        return Stream.of(
                bad("missing event_id", e -> e.remove("event_id"), "event_id", "missing_field"),
                bad("missing app_id", e -> e.remove("app_id"), "app_id", "missing_field"),
                bad("missing event_type", e -> e.remove("event_type"), "event_type", "missing_field"),
                bad("missing event_time", e -> e.remove("event_time"), "event_time", "missing_field"),
                bad("numeric event_id", e -> e.put("event_id", 42), "event_id", "wrong_type"),
                bad("numeric event_type", e -> e.put("event_type", 7), "event_type", "wrong_type"),
                bad("boolean event_time", e -> e.put("event_time", true), "event_time", "wrong_type"),
                bad("unparseable event_time", e -> e.put("event_time", "yesterday"), "event_time", "invalid_timestamp"),
                bad("device not an object", e -> e.put("device", "pixel"), "device", "wrong_type"),
                bad("bad device ip", e -> e.put("device", Map.of("ip", "999.1.1.1")), "device.ip", "invalid_value"),
                bad("unknown platform", e -> e.put("platform", "symbian"), "platform", "unknown_platform"),
                bad("unknown event type", e -> e.put("event_type", "purchase"), "event_type", "unknown_event_type"),
                bad("event in the future", e -> e.put("event_time", Instant.now().plusSeconds(7200).toString()),
                        "event_time", "event_in_future"),
                bad("event too old", e -> e.put("event_time", Instant.now().minus(Duration.ofDays(31)).toString()),
                        "event_time", "event_too_old"),
                bad("app mismatch", e -> e.put("app_id", "app_not_the_key_owner"), "app_id", "app_mismatch"),
                bad("unknown field", e -> e.put("evnt_name", "typo"), "evnt_name", "unknown_field"),
                bad("revenue on an install", e -> {
                    e.put("revenue", 1.5);
                    e.put("currency", "USD");
                }, "revenue", "revenue_not_allowed"),
                bad("lower-case currency", e -> {
                    e.put("event_type", "in_app");
                    e.put("event_name", "purchase");
                    e.put("revenue", 1.5);
                    e.put("currency", "usd");
                }, "currency", "invalid_currency"),
                bad("revenue without currency", e -> {
                    e.put("event_type", "in_app");
                    e.put("event_name", "purchase");
                    e.put("revenue", 1.5);
                }, "currency", "missing_currency"));
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> breakIt, String field, String reason) {
        return Arguments.of(name, breakIt, field, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEvents")
    void badEventIsRejectedWithItsReasonAndDeadLettered(String name, Consumer<Map<String, Object>> breakIt,
            String field, String reason) {
        Map<String, Object> event = Events.install(appId);
        String marker = "marker-" + UUID.randomUUID();
        event.put("click_id", marker);
        breakIt.accept(event);
        Map<String, Object> good = Events.install(appId);

        try (KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            given().header("X-Api-Key", key).contentType("application/json")
                    .body(Events.batch(List.of(good, event)))
                    .when().post("/v1/events")
                    .then().statusCode(202)
                    .body("accepted", equalTo(1))
                    .body("rejected", hasSize(1))
                    .body("rejected[0].index", equalTo(1))
                    .body("rejected[0].field", equalTo(field))
                    .body("rejected[0].error", equalTo(reason));
            KafkaProbe.Found dead = rejected.await(f -> appId.equals(f.key()) && f.text("payload").contains(marker), WAIT);
            assertEquals(reason, dead.text("reason"));
            assertEquals(field, dead.text("field"));
            assertEquals(1, dead.value().get("index").asInt());
        }
    }

    @Test
    void eventThatIsNotAnObjectIsRejected() {
        try (KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            String marker = "not-an-object-" + UUID.randomUUID();
            given().header("X-Api-Key", key).contentType("application/json")
                    .body("{\"events\":[\"" + marker + "\"]}")
                    .when().post("/v1/events")
                    .then().statusCode(202).body("accepted", equalTo(0)).body("rejected[0].error", equalTo("not_an_object"));
            KafkaProbe.Found dead = rejected.await(f -> f.text("payload").contains(marker), WAIT);
            assertEquals("\"" + marker + "\"", dead.text("payload"));
        }
    }

    static Stream<Arguments> badRequests() {
        String marker = "req-" + UUID.randomUUID();
        return Stream.of(
                Arguments.of("malformed JSON", "application/json", true, "{\"events\":[{\"x\":\"" + marker + "\"",
                        400, "malformed_json", false),
                Arguments.of("batch is not an object", "application/json", true, "[\"" + marker + "\"]",
                        400, "wrong_type", false),
                Arguments.of("wrong content type", "text/plain", true, marker, 415, "unsupported_media_type", false),
                Arguments.of("body too large", "application/json", true, marker + "x".repeat(1024 * 1024),
                        413, "body_too_large", false),
                Arguments.of("too many events", "application/json", true, tooManyEvents(marker), 413, "too_many_events", false),
                Arguments.of("missing key", "application/json", false, Events.batch(List.of(Map.of("m", marker))),
                        401, "missing_api_key", true),
                Arguments.of("wrong key", "application/json", false, Events.batch(List.of(Map.of("m", marker + "w"))),
                        401, "invalid_api_key", true));
    }

    private static String tooManyEvents(String marker) {
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            events.add(Map.of("m", marker));
        }
        return Events.batch(events);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestGetsItsStatusAndJsonBodyAndIsDeadLettered(String name, String contentType, boolean validKey,
            String body, int status, String reason, boolean unknownApp) {
        String marker = body.substring(body.indexOf("req-"), body.indexOf("req-") + 40);
        try (KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            RequestSpecification request = given().contentType(contentType).body(body);
            if (validKey) {
                request.header("X-Api-Key", key);
            } else if ("invalid_api_key".equals(reason)) {
                request.header("X-Api-Key", TestApps.newKey());
            }
            request.when().post("/v1/events")
                    .then().statusCode(status)
                    .contentType("application/json")
                    .body("status", equalTo(status))
                    .body("reason", equalTo(reason));
            KafkaProbe.Found dead = rejected.await(f -> reason.equals(f.text("reason"))
                    && f.text("payload") != null && f.text("payload").contains(marker), WAIT);
            assertEquals(unknownApp ? "unknown" : appId, dead.key());
            assertEquals(unknownApp ? "unknown" : appId, dead.text("app_id"));
            assertNull(dead.text("index"));
            assertTrue(dead.text("payload").length() <= 64 * 1024, "dead-letter payload is bounded");
        }
    }
}
