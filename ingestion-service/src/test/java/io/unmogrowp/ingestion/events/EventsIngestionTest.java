package io.unmogrowp.ingestion.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.support.Events;
import io.unmogrowp.ingestion.support.KafkaProbe;
import io.unmogrowp.ingestion.support.TestApps;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventsIngestionTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    AppDirectory directory;

    @Test
    void validBatchIsAcknowledgedAndLandsOnEventsRawWithKeyAndTraceContext() {
        TestApps.App app = TestApps.publishNew(directory);
        Map<String, Object> install = Events.install(app.id());
        Map<String, Object> purchase = Events.install(app.id());
        purchase.put("event_type", "in_app");
        purchase.put("event_name", "purchase");
        purchase.put("revenue", 4.99);
        purchase.put("currency", "EUR");

        try (KafkaProbe raw = KafkaProbe.open("events.raw")) {
            given().header("X-Api-Key", app.key()).contentType("application/json")
                    .body(Events.batch(List.of(install, purchase)))
                    .when().post("/v1/events")
                    .then().statusCode(202).body("accepted", equalTo(2)).body("rejected", hasSize(0));

            KafkaProbe.Found installRecord = raw.await(f -> install.get("event_id").equals(f.text("event_id")), WAIT);
            @SuppressWarnings("unchecked")
            String advertisingId = ((Map<String, String>) install.get("device")).get("advertising_id");
            assertEquals(app.id() + ":" + advertisingId, installRecord.key());
            assertNotNull(installRecord.text("received_at"));
            assertTrue(installRecord.header("traceparent").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"),
                    "W3C traceparent header: " + installRecord.header("traceparent"));
            KafkaProbe.Found purchaseRecord = raw.await(f -> purchase.get("event_id").equals(f.text("event_id")), WAIT);
            assertEquals("4.99", purchaseRecord.value().get("revenue").asText());
            assertEquals("EUR", purchaseRecord.text("currency"));
        }
    }

    @Test
    void batchWithBadEventsAcceptsTheGoodOnesAndDeadLettersEachBadOne() {
        TestApps.App app = TestApps.publishNew(directory);
        Map<String, Object> good = Events.install(app.id());
        Map<String, Object> unknownType = Events.install(app.id());
        unknownType.put("event_type", "purchase");
        Map<String, Object> otherApp = Events.install(app.id());
        otherApp.put("app_id", "app_someone_else");

        try (KafkaProbe raw = KafkaProbe.open("events.raw"); KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            given().header("X-Api-Key", app.key()).contentType("application/json")
                    .body(Events.batch(List.of(unknownType, good, otherApp)))
                    .when().post("/v1/events")
                    .then().statusCode(202)
                    .body("accepted", equalTo(1))
                    .body("rejected", hasSize(2))
                    .body("rejected[0].index", equalTo(0))
                    .body("rejected[0].event_id", equalTo(unknownType.get("event_id")))
                    .body("rejected[0].field", equalTo("event_type"))
                    .body("rejected[0].error", equalTo("unknown_event_type"))
                    .body("rejected[1].index", equalTo(2))
                    .body("rejected[1].error", equalTo("app_mismatch"));

            raw.await(f -> good.get("event_id").equals(f.text("event_id")), WAIT);
            KafkaProbe.Found dead = rejected.await(f -> app.id().equals(f.key()) && "unknown_event_type".equals(f.text("reason")), WAIT);
            assertEquals(app.id(), dead.text("app_id"));
            assertEquals("event_type", dead.text("field"));
            assertEquals(0, dead.value().get("index").asInt());
            assertNotNull(dead.text("received_at"));
            assertTrue(dead.text("payload").contains("\"purchase\""), dead.text("payload"));
            rejected.await(f -> app.id().equals(f.key()) && "app_mismatch".equals(f.text("reason"))
                    && f.text("payload").contains("app_someone_else"), WAIT);
        }
    }

    @Test
    void ndjsonRejectsOnlyTheBrokenLine() {
        TestApps.App app = TestApps.publishNew(directory);
        Map<String, Object> first = Events.install(app.id());
        Map<String, Object> third = Events.install(app.id());
        String body = Events.json(first) + "\n{\"event_id\": \"broken\n" + Events.json(third) + "\n";

        try (KafkaProbe raw = KafkaProbe.open("events.raw"); KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            given().header("X-Api-Key", app.key()).contentType("application/x-ndjson")
                    .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .when().post("/v1/events")
                    .then().statusCode(202)
                    .body("accepted", equalTo(2))
                    .body("rejected", hasSize(1))
                    .body("rejected[0].index", equalTo(1))
                    .body("rejected[0].error", equalTo("malformed_json"));
            raw.await(f -> third.get("event_id").equals(f.text("event_id")), WAIT);
            KafkaProbe.Found dead = rejected.await(f -> app.id().equals(f.key()) && "malformed_json".equals(f.text("reason")), WAIT);
            assertEquals("{\"event_id\": \"broken", dead.text("payload"));
        }
    }

    @Test
    void missingDeviceIpIsFilledFromTheConnectionForUnsignedRequests() {
        TestApps.App app = TestApps.publishNew(directory);
        Map<String, Object> open = Events.install(app.id());
        open.put("event_type", "open");
        open.put("device", Map.of("idfv", "idfv-1"));

        try (KafkaProbe raw = KafkaProbe.open("events.raw")) {
            given().header("X-Api-Key", app.key()).header("X-Forwarded-For", "198.51.100.23").contentType("application/json")
                    .body(Events.batch(List.of(open)))
                    .when().post("/v1/events")
                    .then().statusCode(202).body("accepted", equalTo(1));
            KafkaProbe.Found record = raw.await(f -> open.get("event_id").equals(f.text("event_id")), WAIT);
            assertEquals("198.51.100.23", record.value().get("device").get("ip").asText());
            assertEquals(app.id() + ":idfv-1", record.key());
        }
    }
}
