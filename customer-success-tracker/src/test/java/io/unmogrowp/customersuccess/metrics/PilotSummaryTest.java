package io.unmogrowp.customersuccess.metrics;

import com.clickhouse.client.api.Client;
import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.customersuccess.config.CstConfig;
import io.unmogrowp.customersuccess.support.Database;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static io.unmogrowp.customersuccess.support.Api.operator;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PilotSummaryTest {

    @Inject
    DataSource dataSource;

    @Inject
    Client clickHouse;

    @Inject
    CstConfig config;

    @BeforeEach
    void emptyProgramme() {
        Database.removeAllCustomers(dataSource);
    }

    @Test
    void summarisesThePilotAgainstItsTargets() throws Exception {
        new PilotFixture().create(clickHouse, config.clickhouse().database());
        operator().get("/api/v1/pilot-summary").then().statusCode(200)
                .body("total_pilot_customers", is(2))
                .body("launched_customers", is(1))
                .body("successful_pilot_customers", is(1))
                .body("customers_by_stage.launched", is(1))
                .body("customers_by_stage.setup", is(1))
                .body("customers_by_stage.discovery", is(0))
                .body("satisfaction_average_percent", closeTo((95 + 60) / 2.0, 1e-9))
                .body("customers_with_surveys", is(2))
                .body("success_rate_percent", closeTo(100.0 * 1 / 2, 1e-9))
                .body("cost_savings_average_percent", closeTo(40.0, 1e-9))
                .body("customers_with_cost_savings", is(1))
                .body("time_to_launch_average_days", closeTo(12.0, 1e-9))
                .body("open_tickets", is(2))
                .body("targets.pilot_customers", is(5))
                .body("targets.satisfaction_percent", closeTo(90.0, 1e-9))
                .body("targets.time_to_launch_days", is(14))
                .body("targets_met.pilot_customers", is(false))
                .body("targets_met.satisfaction", is(false))
                .body("targets_met.cost_savings", is(true))
                .body("targets_met.time_to_launch", is(true))
                .body("targets_met.success_rate", is(false));
    }

    @Test
    void emptyProgrammeHasNoAverages() {
        operator().get("/api/v1/pilot-summary").then().statusCode(200)
                .body("total_pilot_customers", is(0))
                .body("satisfaction_average_percent", nullValue())
                .body("success_rate_percent", nullValue())
                .body("targets_met.satisfaction", nullValue())
                .body("targets_met.pilot_customers", is(false));
    }
}
