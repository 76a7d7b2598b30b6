package io.unmogrowp.gateway.observability;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.unmogrowp.gateway.support.Operator.createApp;
import static io.unmogrowp.gateway.support.Operator.operator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ObservabilityTest {

    @Test
    void readinessIsUpWithEveryDependency() {
        given().when().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("kafka", "clickhouse"))
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'clickhouse' }.status", equalTo("UP"));
    }

    /** The dependency gauges are refreshed on a 10 s schedule, first shortly after startup. */
    private static void awaitMetric(String line) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (given().when().get("/q/metrics").asString().contains(line)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("metric line not seen within 15 s: " + line);
    }

    @Test
    void metricsExposeGatewaySeries() throws Exception {
        String appId = createApp("Metrics App").extract().path("app_id");
        operator().when().get("/api/v1/apps/" + appId + "/attributions/evt-metrics-1").then().statusCode(404);
        operator().when().get("/api/v1/apps/app_ffffffffffff").then().statusCode(404);
        awaitMetric("unmogrowp_dependency_up{dependency=\"postgresql\"} 1.0");

        given().when().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("gateway_report_queries_total{"))
                .body(containsString("outcome=\"not_decided\""))
                .body(containsString("unmogrowp_dependency_up{dependency=\"kafka\"} 1.0"))
                .body(containsString("unmogrowp_dependency_up{dependency=\"clickhouse\"} 1.0"))
                .body(containsString("unmogrowp_dependency_up{dependency=\"postgresql\"} 1.0"))
                .body(containsString("customer_api_latency_ms{customer_id=\"" + appId + "\",quantile=\"0.99\"}"))
                .body(containsString("customer_api_latency_ms_count{customer_id=\"" + appId + "\"}"))
                .body(containsString("gateway_outbox_pending"))
                .body(not(containsString("customer_id=\"app_ffffffffffff\"")));
    }
}
