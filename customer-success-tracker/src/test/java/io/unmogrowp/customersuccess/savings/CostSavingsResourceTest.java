package io.unmogrowp.customersuccess.savings;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.customersuccess.support.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.unmogrowp.customersuccess.support.Api.operator;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CostSavingsResourceTest {

    @Test
    void recordsSavingsRelativeToThePreviousCost() {
        String id = Api.createCustomer();
        // (12000 - 7800) / 12000 = 35 %
        operator().body(Map.of("previous_monthly_cost", 12000, "current_monthly_cost", 7800, "currency", "EUR"))
                .put("/api/v1/customers/" + id + "/cost-savings")
                .then().statusCode(200)
                .body("customer_id", equalTo(id))
                .body("currency", equalTo("EUR"))
                .body("savings_percent", closeTo(35.0, 0.0001));
    }

    @Test
    void theLatestComparisonIsCurrent() {
        String id = Api.createCustomer();
        operator().body(Map.of("previous_monthly_cost", 1000, "current_monthly_cost", 900, "currency", "USD"))
                .put("/api/v1/customers/" + id + "/cost-savings").then().statusCode(200);
        operator().body(Map.of("previous_monthly_cost", 1000, "current_monthly_cost", 1100, "currency", "USD"))
                .put("/api/v1/customers/" + id + "/cost-savings").then().statusCode(200);
        // Paying more now is negative savings: (1000 - 1100) / 1000 = -10 %
        operator().get("/api/v1/customers/" + id + "/cost-savings").then().statusCode(200)
                .body("savings_percent", closeTo(-10.0, 0.0001));
    }

    @Test
    void noComparisonYetIs404() {
        String id = Api.createCustomer();
        operator().get("/api/v1/customers/" + id + "/cost-savings").then().statusCode(404)
                .body("field", equalTo("cost_savings"));
    }

    @Test
    void zeroPreviousCostIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("previous_monthly_cost", 0, "current_monthly_cost", 10, "currency", "USD"))
                .put("/api/v1/customers/" + id + "/cost-savings")
                .then().statusCode(400).body("field", equalTo("previous_monthly_cost"));
    }

    @Test
    void negativeCurrentCostIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("previous_monthly_cost", 100, "current_monthly_cost", -5, "currency", "USD"))
                .put("/api/v1/customers/" + id + "/cost-savings")
                .then().statusCode(400).body("field", equalTo("current_monthly_cost"));
    }

    @Test
    void lowercaseCurrencyIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("previous_monthly_cost", 100, "current_monthly_cost", 50, "currency", "usd"))
                .put("/api/v1/customers/" + id + "/cost-savings")
                .then().statusCode(400).body("field", equalTo("currency"));
    }

    @Test
    void textualAmountIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("previous_monthly_cost", "a lot", "current_monthly_cost", 50, "currency", "USD"))
                .put("/api/v1/customers/" + id + "/cost-savings")
                .then().statusCode(400).body("field", equalTo("previous_monthly_cost"));
    }

    @Test
    void unknownCustomerIs404() {
        operator().body(Map.of("previous_monthly_cost", 100, "current_monthly_cost", 50, "currency", "USD"))
                .put("/api/v1/customers/cus_bbbbbbbbbbbbbbbbbbbbbbbb/cost-savings")
                .then().statusCode(404);
    }
}
