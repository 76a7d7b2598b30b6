package io.unmogrowp.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.unmogrowp.e2e.support.Await;
import io.unmogrowp.e2e.support.Platform;
import io.unmogrowp.e2e.support.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** A trace started by the sender continues through ingestion, the Kafka headers and the engine, over OTLP. */
class TracingIT {

    @Test
    void oneTraceSpansIngestionAndTheEngineAndReachesTheCollector() throws Exception {
        Platform platform = Platform.get();
        TestApps.App app = TestApps.create(platform, "tracing " + UUID.randomUUID());
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        String traceId = HexFormat.of().formatHex(id);
        String traceparent = "00-" + traceId + "-" + "00f067aa0ba902b7" + "-01";

        given().baseUri(platform.ingestion.baseUrl()).header("X-Api-Key", app.ingestKey()).header("traceparent", traceparent)
                .contentType(ContentType.JSON)
                .body(Map.of("events", List.of(Map.of("event_id", "traced-install", "app_id", app.appId(),
                        "event_type", "install", "event_time", Instant.now().toString(),
                        "device", Map.of("advertising_id", UUID.randomUUID().toString())))))
                .post("/v1/events").then().statusCode(202);
        WalkingSkeletonIT.awaitDecision(platform, app, "traced-install");

        boolean ingestion = Await.until(() -> platform.traces.exported("ingestion-service", traceId), b -> b,
                Duration.ofSeconds(30));
        boolean engine = Await.until(() -> platform.traces.exported("attribution-engine", traceId), b -> b,
                Duration.ofSeconds(30));
        assertTrue(ingestion, "ingestion-service exported a span of trace " + traceId);
        assertTrue(engine, "attribution-engine continued trace " + traceId + " from the Kafka record headers");
    }
}
