package io.unmogrowp.customersuccess;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.customersuccess.support.Api;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class AuthenticationTest {

    @Test
    void missingTokenIsRejectedWithJson() {
        given().get("/api/v1/customers")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("status", is(401))
                .body("error", equalTo("unauthorized"))
                .body("field", equalTo("authorization"))
                .body("reason", equalTo("missing bearer token"));
    }

    @Test
    void wrongTokenIsRejected() {
        given().header("Authorization", "Bearer not-the-operator-token").get("/api/v1/pilot-summary")
                .then().statusCode(401).body("reason", equalTo("invalid operator token"));
    }

    @Test
    void tokenPrefixIsNotEnough() {
        given().header("Authorization", "Bearer " + Api.OPERATOR_TOKEN.substring(0, 10)).get("/api/v1/customers")
                .then().statusCode(401);
    }

    @Test
    void otherSchemesAreRejected() {
        given().header("Authorization", "Basic " + Api.OPERATOR_TOKEN).get("/api/v1/customers")
                .then().statusCode(401).body("reason", equalTo("missing bearer token"));
    }

    @Test
    void writesNeedTheTokenToo() {
        given().contentType("application/json").body("{\"company_name\":\"Sneaky\",\"contact_email\":\"a@b.example\"}")
                .post("/api/v1/customers")
                .then().statusCode(401);
    }

    @Test
    void operatorTokenIsAccepted() {
        Api.operator().get("/api/v1/customers").then().statusCode(200);
    }

    @Test
    void healthAndMetricsStayOpenForProbesAndScrapers() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
