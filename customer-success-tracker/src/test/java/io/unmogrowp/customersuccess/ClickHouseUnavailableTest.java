package io.unmogrowp.customersuccess;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.unmogrowp.customersuccess.metrics.service.CustomerMetricsPublisher;
import io.unmogrowp.customersuccess.support.Api;
import io.unmogrowp.customersuccess.support.PrometheusScrape;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ClickHouse pointed at a closed port: readiness goes DOWN and the dependency gauge says so, the API keeps working. */
@QuarkusTest
@TestProfile(ClickHouseUnavailableTest.UnreachableClickHouse.class)
class ClickHouseUnavailableTest {

    public static class UnreachableClickHouse implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 1 (tcpmux) is not served on these machines, so connections are refused at once.
            return Map.of("cst.clickhouse.url", "http://127.0.0.1:1", "cst.clickhouse.timeout", "1s");
        }
    }

    @Inject
    CustomerMetricsPublisher publisher;

    @Test
    void readinessReportsClickHouseDown() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'clickhouse' }.status", equalTo("DOWN"));
    }

    @Test
    void metricsRefreshSurvivesAndFlagsTheDependency() {
        String id = Api.createCustomer(Map.of("app_ids", List.of("app_unreachable")));
        publisher.refresh();
        PrometheusScrape scrape = PrometheusScrape.now();
        assertEquals(0.0, scrape.value("unmogrowp_dependency_up", Map.of("dependency", "clickhouse")).orElseThrow());
        assertEquals(1.0, scrape.value("unmogrowp_dependency_up", Map.of("dependency", "postgresql")).orElseThrow());
        assertTrue(scrape.value("customer_health_score", Map.of("customer_id", id)).isPresent(),
                "PostgreSQL-based gauges are still published");
        assertTrue(scrape.value("customer_event_volume_total", Map.of("customer_id", id)).isEmpty(),
                "no event volume is invented while ClickHouse is unreachable");
    }
}
