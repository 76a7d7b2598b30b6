package io.unmogrowp.customersuccess.health;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.unmogrowp.customersuccess.support.Api;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static io.unmogrowp.customersuccess.support.Api.operator;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Checks the documented formula (docs/customer-success.md): score = 30 x satisfaction + 25 x onboarding
 * + 15 x support + 15 x success + 15 x cost savings, each value in 0..1, missing data counting 0.5.
 */
@QuarkusTest
class HealthScoreTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void combinesAllComponentsForKnownInputs() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String id = Api.createCustomer(Map.of(
                "pilot_started_at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).toString(),
                "target_launch_date", today.plusDays(10).toString(),
                "technical_success", false,
                "business_success", true));
        operator().body(Map.of("stage", "setup")).post("/api/v1/customers/" + id + "/stage").then().statusCode(200);
        survey(id, 8);
        survey(id, 10);
        ticket(id, "urgent");
        ticket(id, "low");
        operator().body(Map.of("previous_monthly_cost", 2000, "current_monthly_cost", 1100, "currency", "USD"))
                .put("/api/v1/customers/" + id + "/cost-savings").then().statusCode(200);

        double satisfaction = (8 + 10) / 2.0 / 10;                  // mean score / 10
        double expectedProgress = 10 / 20.0;                        // 10 of 20 planned days used
        double onboarding = Math.min(1, (2 / 5.0) / expectedProgress); // setup is stage 2 of 5
        double support = Math.max(0, 1 - 0.5 * 1 - 0.25 * 0);       // one urgent, no high (low does not count)
        double success = 0.5 * 0 + 0.5 * 1;                         // business only
        double savings = Math.min(1, 45.0 / 30);                    // (2000-1100)/2000 = 45 % against the 30 % target
        double expected = 30 * satisfaction + 25 * onboarding + 15 * support + 15 * success + 15 * savings;

        JsonPath health = health(id);
        assertEquals(Math.round(expected * 10) / 10.0, health.getDouble("score"), TOLERANCE);
        assertComponent(health, "satisfaction", 30, satisfaction);
        assertComponent(health, "onboarding", 25, onboarding);
        assertComponent(health, "support", 15, support);
        assertComponent(health, "success", 15, success);
        assertComponent(health, "cost_savings", 15, savings);
    }

    @Test
    void missingDataCountsAsNeutral() {
        String id = Api.createCustomer();
        // New today: no surveys (0.5), on schedule (1), no tickets (1), no success flags (0), no savings (0.5).
        double expected = 30 * 0.5 + 25 * 1 + 15 * 1 + 15 * 0 + 15 * 0.5;
        JsonPath health = health(id);
        assertEquals(expected, health.getDouble("score"), TOLERANCE);
        assertComponent(health, "satisfaction", 30, 0.5);
        assertComponent(health, "cost_savings", 15, 0.5);
    }

    @Test
    void lateLaunchOldSurveysAndManyTicketsLowerTheScore() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String id = Api.createCustomer(Map.of(
                "pilot_started_at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(20).toString(),
                "target_launch_date", today.minusDays(10).toString(),
                "technical_success", true,
                "business_success", true));
        operator().body(Map.of("stage", "launched")).post("/api/v1/customers/" + id + "/stage").then().statusCode(200);
        operator().body(Map.of("score", 0, "submitted_at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(100).toString()))
                .post("/api/v1/customers/" + id + "/surveys").then().statusCode(201);
        survey(id, 6);
        ticket(id, "urgent");
        ticket(id, "urgent");
        ticket(id, "high");
        operator().body(Map.of("previous_monthly_cost", 100, "current_monthly_cost", 80, "currency", "USD"))
                .put("/api/v1/customers/" + id + "/cost-savings").then().statusCode(200);

        double satisfaction = 6 / 10.0;          // the 100-day-old 0 is outside the 90-day window
        double onboarding = 0.5;                 // launched after the target date
        double support = Math.max(0, 1 - 0.5 * 2 - 0.25 * 1);
        double success = 1.0;
        double savings = 20.0 / 30;
        double expected = 30 * satisfaction + 25 * onboarding + 15 * support + 15 * success + 15 * savings;

        JsonPath health = health(id);
        assertEquals(Math.round(expected * 10) / 10.0, health.getDouble("score"), TOLERANCE);
        assertComponent(health, "satisfaction", 30, satisfaction);
        assertComponent(health, "onboarding", 25, onboarding);
        assertComponent(health, "support", 15, 0.0);
        assertComponent(health, "cost_savings", 15, savings);
    }

    @Test
    void behindScheduleOnboardingIsProportional() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String id = Api.createCustomer(Map.of(
                "pilot_started_at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(15).toString(),
                "target_launch_date", today.minusDays(1).toString()));
        // Past the target date the expected progress is 1, so the value is the discovery progress itself.
        assertComponent(health(id), "onboarding", 25, 1 / 5.0);
    }

    @Test
    void unknownCustomerIs404() {
        operator().get("/api/v1/customers/cus_cccccccccccccccccccccccc/health").then().statusCode(404);
    }

    private static JsonPath health(String id) {
        return operator().get("/api/v1/customers/" + id + "/health").then().statusCode(200).extract().jsonPath();
    }

    private static void assertComponent(JsonPath health, String name, int weight, double value) {
        String path = "components.find { it.name == '" + name + "' }";
        assertEquals(weight, health.getInt(path + ".weight"), name + " weight");
        assertEquals(value, health.getDouble(path + ".value"), 1e-4, name + " value");
        assertEquals(weight * value, health.getDouble(path + ".points"), 0.01, name + " points");
    }

    private static void survey(String id, int score) {
        operator().body(Map.of("score", score)).post("/api/v1/customers/" + id + "/surveys").then().statusCode(201);
    }

    private static void ticket(String id, String priority) {
        operator().body(Map.of("priority", priority, "subject", priority + " issue"))
                .post("/api/v1/customers/" + id + "/tickets").then().statusCode(201);
    }
}
