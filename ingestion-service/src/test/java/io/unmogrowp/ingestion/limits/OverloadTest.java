package io.unmogrowp.ingestion.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.limits.service.InFlightLimiter;
import io.unmogrowp.ingestion.support.Events;
import io.unmogrowp.ingestion.support.TestApps;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** At the in-flight bound a request is refused at once with 429 and Retry-After, and served again after. */
@QuarkusTest
class OverloadTest {

    @Inject
    AppDirectory directory;

    @Inject
    InFlightLimiter inFlight;

    @Test
    void aFullServiceAnswers429WithRetryAfterAndRecoversWhenWorkDrains() {
        TestApps.App app = TestApps.publishNew(directory);
        String body = Events.batch(List.of(Events.install(app.id())));

        // Stand-in for requests already being processed: every permit is taken.
        try (InFlightLimiter.Lease busy = inFlight.acquire(Integer.MAX_VALUE)) {
            given().header("X-Api-Key", app.key()).contentType("application/json").body(body)
                    .when().post("/v1/events")
                    .then().statusCode(429)
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(429))
                    .body("reason", equalTo("overloaded"));
        }
        given().header("X-Api-Key", app.key()).contentType("application/json").body(body)
                .when().post("/v1/events")
                .then().statusCode(202).body("accepted", equalTo(1));
    }
}
