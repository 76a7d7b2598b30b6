package io.unmogrowp.ingestion.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Runs against the packaged artifact (the native executable under -Pnative): the front door answers,
 * refuses a missing key with the documented JSON error, and a tracking link of an unknown app records nothing.
 */
@QuarkusIntegrationTest
class PackagedIngestionIT {

    @Test
    void healthAnswers() {
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aMissingKeyIsRefusedWithAJsonReason() {
        given().contentType("application/json").body("{\"events\":[]}").post("/v1/events")
                .then().statusCode(401).body("status", equalTo(401));
    }

    @Test
    void aClickForAnUnknownAppIsNotFound() {
        given().redirects().follow(false).get("/v1/click?app_id=app_doesnotexist0&pid=net").then().statusCode(404);
    }
}
