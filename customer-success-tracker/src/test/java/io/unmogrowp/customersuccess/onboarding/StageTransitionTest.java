package io.unmogrowp.customersuccess.onboarding;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.customersuccess.support.Api;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static io.unmogrowp.customersuccess.support.Api.operator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class StageTransitionTest {

    private static void move(String id, String stage) {
        operator().body(Map.of("stage", stage)).post("/api/v1/customers/" + id + "/stage")
                .then().statusCode(200).body("stage", equalTo(stage));
    }

    @Test
    void movesForwardAndRecordsHistory() {
        String id = Api.createCustomer();
        move(id, "setup");
        move(id, "integration");
        operator().get("/api/v1/customers/" + id + "/stage").then().statusCode(200)
                .body("stage", equalTo("integration"))
                .body("history", hasSize(3))
                .body("history[0].from_stage", nullValue())
                .body("history[0].to_stage", equalTo("discovery"))
                .body("history[1].from_stage", equalTo("discovery"))
                .body("history[1].to_stage", equalTo("setup"))
                .body("history[2].to_stage", equalTo("integration"))
                .body("history[2].transitioned_at", notNullValue());
    }

    @Test
    void maySkipStagesForward() {
        String id = Api.createCustomer();
        move(id, "testing");
        operator().get("/api/v1/customers/" + id).then().body("stage", equalTo("testing"));
    }

    @Test
    void launchingRecordsTimeToLaunchInDaysSincePilotStart() {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusDays(9).minusHours(2);
        String id = Api.createCustomer(Map.of("pilot_started_at", started.toString()));
        move(id, "testing");
        operator().body(Map.of("stage", "launched")).post("/api/v1/customers/" + id + "/stage")
                .then().statusCode(200)
                .body("launched_at", notNullValue())
                .body("time_to_launch_days", is(9));
        operator().get("/api/v1/customers/" + id).then()
                .body("stage", equalTo("launched")).body("time_to_launch_days", is(9));
    }

    @Test
    void movingBackOneStageWithAReasonIsAllowed() {
        String id = Api.createCustomer();
        move(id, "testing");
        operator().body(Map.of("stage", "integration", "reason", "SDK events missing in the test round"))
                .post("/api/v1/customers/" + id + "/stage")
                .then().statusCode(200)
                .body("stage", equalTo("integration"))
                .body("history[2].from_stage", equalTo("testing"))
                .body("history[2].reason", equalTo("SDK events missing in the test round"));
    }

    @Test
    void leavingLaunchClearsTheLaunchRecord() {
        String id = Api.createCustomer();
        move(id, "launched");
        operator().body(Map.of("stage", "testing", "reason", "rolled back after a broken release"))
                .post("/api/v1/customers/" + id + "/stage")
                .then().statusCode(200).body("launched_at", nullValue()).body("time_to_launch_days", nullValue());
    }

    @Test
    void movingBackWithoutAReasonIs409() {
        String id = Api.createCustomer();
        move(id, "setup");
        operator().body(Map.of("stage", "discovery")).post("/api/v1/customers/" + id + "/stage")
                .then().statusCode(409)
                .body("status", is(409))
                .body("error", equalTo("invalid_stage_transition"))
                .body("field", equalTo("reason"))
                .body("reason", containsString("requires a reason"));
        operator().get("/api/v1/customers/" + id).then().body("stage", equalTo("setup"));
    }

    @Test
    void movingBackTwoStagesIs409EvenWithAReason() {
        String id = Api.createCustomer();
        move(id, "integration");
        operator().body(Map.of("stage", "discovery", "reason", "start over")).post("/api/v1/customers/" + id + "/stage")
                .then().statusCode(409).body("field", equalTo("stage")).body("reason", containsString("cannot move back"));
    }

    @Test
    void stayingInTheSameStageIs409() {
        String id = Api.createCustomer();
        operator().body(Map.of("stage", "discovery")).post("/api/v1/customers/" + id + "/stage")
                .then().statusCode(409).body("reason", containsString("already in stage discovery"));
    }

    @Test
    void unknownStageIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("stage", "orbit")).post("/api/v1/customers/" + id + "/stage")
                .then().statusCode(400).body("error", equalTo("invalid_request")).body("field", equalTo("stage"))
                .body("reason", containsString("discovery, setup, integration, testing, launched"));
    }

    @Test
    void missingStageIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of()).post("/api/v1/customers/" + id + "/stage")
                .then().statusCode(400).body("field", equalTo("stage"));
    }

    @Test
    void unknownCustomerIs404() {
        operator().body(Map.of("stage", "setup")).post("/api/v1/customers/cus_0123456789abcdef01234567/stage")
                .then().statusCode(404).body("field", equalTo("id"));
        operator().get("/api/v1/customers/cus_0123456789abcdef01234567/stage").then().statusCode(404);
    }
}
