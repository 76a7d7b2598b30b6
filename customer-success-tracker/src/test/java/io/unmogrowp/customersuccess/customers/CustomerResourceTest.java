package io.unmogrowp.customersuccess.customers;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.customersuccess.support.Api;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.unmogrowp.customersuccess.support.Api.operator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CustomerResourceTest {

    @Test
    void createsACustomerWithDefaults() {
        String name = Api.uniqueName("Acme Games");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        operator().body(Map.of("company_name", name, "contact_email", "cs@acme.example",
                        "app_ids", List.of("app_7f3c2a9d1e4b", "com.acme.puzzle:ios")))
                .post("/api/v1/customers")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/customers/cus_[0-9a-f]{24}"))
                .body("id", matchesPattern("cus_[0-9a-f]{24}"))
                .body("company_name", equalTo(name))
                .body("contact_email", equalTo("cs@acme.example"))
                .body("app_ids", equalTo(List.of("app_7f3c2a9d1e4b", "com.acme.puzzle:ios")))
                .body("stage", equalTo("discovery"))
                .body("target_launch_date", equalTo(today.plusDays(14).toString()))
                .body("launched_at", nullValue())
                .body("technical_success", is(false))
                .body("business_success", is(false))
                .body("successful", is(false));
    }

    @Test
    void getsAndListsCustomers() {
        String id = Api.createCustomer(Map.of("app_ids", List.of("app_list_1")));
        operator().get("/api/v1/customers/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("app_ids", equalTo(List.of("app_list_1")));
        operator().get("/api/v1/customers").then().statusCode(200).body("id", hasItem(id));
        operator().queryParam("stage", "discovery").get("/api/v1/customers").then().statusCode(200)
                .body("id", hasItem(id)).body("stage", everyItem(equalTo("discovery")));
        operator().queryParam("stage", "launched").get("/api/v1/customers").then().statusCode(200)
                .body("id", not(hasItem(id)));
    }

    @Test
    void rejectsAnUnknownStageFilter() {
        operator().queryParam("stage", "orbit").get("/api/v1/customers").then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("field", equalTo("stage"));
    }

    @Test
    void updatesOnlyTheFieldsSent() {
        String id = Api.createCustomer(Map.of("contact_email", "old@example.com", "app_ids", List.of("app_a")));
        operator().body(Map.of("contact_email", "new@example.com", "technical_success", true, "business_success", true))
                .patch("/api/v1/customers/" + id)
                .then().statusCode(200)
                .body("contact_email", equalTo("new@example.com"))
                .body("app_ids", equalTo(List.of("app_a")))
                .body("technical_success", is(true))
                .body("successful", is(true));
        operator().get("/api/v1/customers/" + id).then().body("contact_email", equalTo("new@example.com"));
    }

    @Test
    void companyNamesAreUniqueIgnoringCase() {
        String name = Api.uniqueName("Unique Co");
        Api.createCustomer(Map.of("company_name", name));
        operator().body(Map.of("company_name", name.toUpperCase(), "contact_email", "x@example.com"))
                .post("/api/v1/customers")
                .then().statusCode(409)
                .body("status", is(409))
                .body("error", equalTo("duplicate_company_name"))
                .body("field", equalTo("company_name"));
    }

    @Test
    void renamingOntoAnotherCustomersNameConflicts() {
        String taken = Api.uniqueName("Taken");
        Api.createCustomer(Map.of("company_name", taken));
        String id = Api.createCustomer();
        operator().body(Map.of("company_name", taken)).patch("/api/v1/customers/" + id)
                .then().statusCode(409).body("field", equalTo("company_name"));
    }

    @Test
    void deletesACustomer() {
        String id = Api.createCustomer();
        operator().delete("/api/v1/customers/" + id).then().statusCode(204);
        operator().get("/api/v1/customers/" + id).then().statusCode(404);
        operator().delete("/api/v1/customers/" + id).then().statusCode(404);
    }

    @Test
    void unknownCustomerIs404() {
        operator().get("/api/v1/customers/cus_000000000000000000000000").then().statusCode(404)
                .body("status", is(404)).body("error", equalTo("not_found")).body("field", equalTo("id"))
                .body("reason", containsString("cus_000000000000000000000000"));
        operator().body(Map.of("contact_email", "a@example.com")).patch("/api/v1/customers/cus_missing")
                .then().statusCode(404);
    }

    @Test
    void malformedJsonIs400() {
        operator().body("{\"company_name\": \"Broken\",").post("/api/v1/customers")
                .then().statusCode(400)
                .body("status", is(400)).body("error", equalTo("invalid_request")).body("field", equalTo("body"))
                .body("reason", containsString("malformed JSON"));
    }

    @Test
    void missingBodyIs400() {
        operator().post("/api/v1/customers").then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("field", equalTo("body"));
    }

    @Test
    void bodyThatIsNotAnObjectIs400() {
        operator().body("[1,2]").post("/api/v1/customers").then().statusCode(400).body("field", equalTo("body"));
    }

    @Test
    void missingCompanyNameIs400() {
        operator().body(Map.of("contact_email", "a@example.com")).post("/api/v1/customers")
                .then().statusCode(400).body("field", equalTo("company_name")).body("reason", equalTo("must not be blank"));
    }

    @Test
    void invalidEmailIs400() {
        operator().body(Map.of("company_name", Api.uniqueName("Mail"), "contact_email", "not-an-email"))
                .post("/api/v1/customers")
                .then().statusCode(400).body("field", equalTo("contact_email"));
    }

    @Test
    void appIdsOutsideTheSafeAlphabetAre400() {
        operator().body(Map.of("company_name", Api.uniqueName("Inject"), "contact_email", "a@example.com",
                        "app_ids", List.of("app_ok", "x') OR 1=1 --")))
                .post("/api/v1/customers")
                .then().statusCode(400).body("field", equalTo("app_ids[1]")).body("reason", containsString("must match"));
    }

    @Test
    void unknownFieldIs400() {
        operator().body(Map.of("company_name", Api.uniqueName("Typo"), "contact_email", "a@example.com", "stage", "launched"))
                .post("/api/v1/customers")
                .then().statusCode(400).body("field", equalTo("stage")).body("reason", equalTo("unknown field"));
    }

    @Test
    void wronglyTypedFieldIs400() {
        operator().body(Map.of("company_name", Api.uniqueName("Dates"), "contact_email", "a@example.com",
                        "target_launch_date", "next tuesday"))
                .post("/api/v1/customers")
                .then().statusCode(400).body("field", equalTo("target_launch_date"));
        operator().body(Map.of("company_name", Api.uniqueName("Bools"), "contact_email", "a@example.com",
                        "app_ids", "app_single"))
                .post("/api/v1/customers")
                .then().statusCode(400).body("field", equalTo("app_ids"));
    }

    @Test
    void targetLaunchBeforePilotStartIs400() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC);
        operator().body(Map.of("company_name", Api.uniqueName("Backwards"), "contact_email", "a@example.com",
                        "pilot_started_at", start.toString(), "target_launch_date", start.toLocalDate().minusDays(1).toString()))
                .post("/api/v1/customers")
                .then().statusCode(400).body("field", equalTo("target_launch_date"));
    }

    @Test
    void blankNameInAnUpdateIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("company_name", "   ")).patch("/api/v1/customers/" + id)
                .then().statusCode(400).body("field", equalTo("company_name"));
    }

    @Test
    void wrongMediaTypeIsAJson415() {
        Api.operator().contentType("text/plain").body("hello").post("/api/v1/customers")
                .then().statusCode(415).body("status", is(415)).body("error", endsWith("media_type"));
    }
}
