package io.unmogrowp.customersuccess.surveys;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.customersuccess.support.Api;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static io.unmogrowp.customersuccess.support.Api.operator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class SurveyResourceTest {

    @Test
    void storesASurveyResponse() {
        String id = Api.createCustomer();
        operator().body(Map.of("score", 9, "comment", "  Setup was quick  ")).post("/api/v1/customers/" + id + "/surveys")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("customer_id", equalTo(id))
                .body("score", is(9))
                .body("comment", equalTo("Setup was quick"))
                .body("submitted_at", notNullValue());
        operator().body(Map.of("score", 0)).post("/api/v1/customers/" + id + "/surveys").then().statusCode(201);
        operator().get("/api/v1/customers/" + id + "/surveys").then().statusCode(200)
                .body("$", hasSize(2)).body("score", org.hamcrest.Matchers.containsInAnyOrder(9, 0));
    }

    @Test
    void acceptsAnImportedPastResponse() {
        String id = Api.createCustomer();
        String past = OffsetDateTime.now(ZoneOffset.UTC).minusDays(30).withNano(0).toString();
        operator().body(Map.of("score", 7, "submitted_at", past)).post("/api/v1/customers/" + id + "/surveys")
                .then().statusCode(201).body("submitted_at", equalTo(OffsetDateTime.parse(past).toInstant().toString()));
    }

    @Test
    void scoreAboveTenIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("score", 11)).post("/api/v1/customers/" + id + "/surveys")
                .then().statusCode(400)
                .body("status", is(400)).body("error", equalTo("invalid_request"))
                .body("field", equalTo("score")).body("reason", equalTo("must be between 0 and 10"));
    }

    @Test
    void negativeScoreIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("score", -1)).post("/api/v1/customers/" + id + "/surveys")
                .then().statusCode(400).body("field", equalTo("score"));
    }

    @Test
    void fractionalScoreIs400() {
        String id = Api.createCustomer();
        operator().body("{\"score\": 9.5}").post("/api/v1/customers/" + id + "/surveys")
                .then().statusCode(400).body("field", equalTo("score"));
    }

    @Test
    void missingScoreIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("comment", "no score")).post("/api/v1/customers/" + id + "/surveys")
                .then().statusCode(400).body("field", equalTo("score")).body("reason", equalTo("must not be null"));
    }

    @Test
    void futureSubmissionIs400() {
        String id = Api.createCustomer();
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString();
        operator().body(Map.of("score", 8, "submitted_at", future)).post("/api/v1/customers/" + id + "/surveys")
                .then().statusCode(400).body("field", equalTo("submitted_at"));
    }

    @Test
    void unknownCustomerIs404() {
        operator().body(Map.of("score", 8)).post("/api/v1/customers/cus_ffffffffffffffffffffffff/surveys")
                .then().statusCode(404).body("error", equalTo("not_found"));
        operator().get("/api/v1/customers/cus_ffffffffffffffffffffffff/surveys").then().statusCode(404);
    }
}
