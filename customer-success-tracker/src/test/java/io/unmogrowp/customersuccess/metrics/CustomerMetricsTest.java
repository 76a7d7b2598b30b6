package io.unmogrowp.customersuccess.metrics;

import com.clickhouse.client.api.Client;
import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.customersuccess.config.CstConfig;
import io.unmogrowp.customersuccess.metrics.service.CustomerMetricsPublisher;
import io.unmogrowp.customersuccess.support.Database;
import io.unmogrowp.customersuccess.support.PrometheusScrape;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static io.unmogrowp.customersuccess.support.Api.operator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CustomerMetricsTest {

    @Inject
    DataSource dataSource;

    @Inject
    Client clickHouse;

    @Inject
    CstConfig config;

    @Inject
    CustomerMetricsPublisher publisher;

    @BeforeEach
    void emptyProgramme() {
        Database.removeAllCustomers(dataSource);
    }

    @Test
    void exposesEveryMetricFamilyWithTheStoredValues() throws Exception {
        PilotFixture pilots = new PilotFixture().create(clickHouse, config.clickhouse().database());
        publisher.refresh();
        PrometheusScrape scrape = PrometheusScrape.now();

        for (String family : List.of("customer_satisfaction_score", "customer_cost_savings_percent", "total_pilot_customers",
                "successful_pilot_customers", "customer_health_score", "customer_onboarding_stage",
                "customer_time_to_launch_days", "customer_support_tickets_open", "customer_technical_success",
                "customer_business_success", "customer_event_volume_total", "unmogrowp_dependency_up")) {
            assertTrue(scrape.hasFamily(family), family + " is exposed");
        }

        assertValue(scrape, 2, "total_pilot_customers", Map.of());
        assertValue(scrape, 1, "successful_pilot_customers", Map.of());
        assertValue(scrape, 95, "customer_satisfaction_score", Map.of("customer_id", pilots.alpha, "company_name", pilots.alphaName));
        assertValue(scrape, 60, "customer_satisfaction_score", Map.of("customer_id", pilots.beta, "company_name", pilots.betaName));
        assertValue(scrape, 40, "customer_cost_savings_percent", Map.of("customer_id", pilots.alpha));
        assertTrue(scrape.value("customer_cost_savings_percent", Map.of("customer_id", pilots.beta)).isEmpty(),
                "no savings series without a cost comparison");
        assertValue(scrape, 1, "customer_onboarding_stage", Map.of("customer_id", pilots.alpha, "stage", "launched"));
        assertValue(scrape, 0, "customer_onboarding_stage", Map.of("customer_id", pilots.alpha, "stage", "setup"));
        assertValue(scrape, 1, "customer_onboarding_stage", Map.of("customer_id", pilots.beta, "stage", "setup"));
        assertValue(scrape, 0, "customer_onboarding_stage", Map.of("customer_id", pilots.beta, "stage", "discovery"));
        assertValue(scrape, 12, "customer_time_to_launch_days", Map.of("customer_id", pilots.alpha));
        assertValue(scrape, 3, "customer_time_to_launch_days", Map.of("customer_id", pilots.beta));
        assertValue(scrape, 1, "customer_support_tickets_open", Map.of("customer_id", pilots.alpha, "priority", "high"));
        assertValue(scrape, 1, "customer_support_tickets_open", Map.of("customer_id", pilots.alpha, "priority", "low"));
        assertValue(scrape, 0, "customer_support_tickets_open", Map.of("customer_id", pilots.alpha, "priority", "urgent"));
        assertValue(scrape, 1, "customer_technical_success", Map.of("customer_id", pilots.beta));
        assertValue(scrape, 0, "customer_business_success", Map.of("customer_id", pilots.beta));
        assertValue(scrape, 1, "customer_business_success", Map.of("customer_id", pilots.alpha));
        assertValue(scrape, 5, "customer_event_volume_total", Map.of("customer_id", pilots.alpha));
        assertValue(scrape, 0, "customer_event_volume_total", Map.of("customer_id", pilots.beta));
        assertValue(scrape, 1, "unmogrowp_dependency_up", Map.of("dependency", "postgresql"));
        assertValue(scrape, 1, "unmogrowp_dependency_up", Map.of("dependency", "clickhouse"));

        double alphaHealth = operator().get("/api/v1/customers/" + pilots.alpha + "/health").then().statusCode(200)
                .extract().jsonPath().getDouble("score");
        assertValue(scrape, alphaHealth, "customer_health_score", Map.of("customer_id", pilots.alpha));
    }

    @Test
    void deletedCustomersDisappearAtTheNextRefresh() throws Exception {
        PilotFixture pilots = new PilotFixture().create(clickHouse, config.clickhouse().database());
        publisher.refresh();
        assertTrue(PrometheusScrape.now().value("customer_health_score", Map.of("customer_id", pilots.beta)).isPresent());

        operator().delete("/api/v1/customers/" + pilots.beta).then().statusCode(204);
        publisher.refresh();
        PrometheusScrape scrape = PrometheusScrape.now();

        for (String family : List.of("customer_health_score", "customer_satisfaction_score", "customer_time_to_launch_days",
                "customer_technical_success", "customer_event_volume_total")) {
            assertTrue(scrape.value(family, Map.of("customer_id", pilots.beta)).isEmpty(), family + " of the deleted customer");
        }
        assertTrue(scrape.value("customer_onboarding_stage", Map.of("customer_id", pilots.beta, "stage", "setup")).isEmpty());
        assertValue(scrape, 1, "total_pilot_customers", Map.of());
        assertTrue(scrape.value("customer_health_score", Map.of("customer_id", pilots.alpha)).isPresent());
    }

    private static void assertValue(PrometheusScrape scrape, double expected, String name, Map<String, String> labels) {
        OptionalDouble value = scrape.value(name, labels);
        assertTrue(value.isPresent(), name + labels + " is exposed");
        assertEquals(expected, value.getAsDouble(), 1e-9, name + labels);
    }
}
