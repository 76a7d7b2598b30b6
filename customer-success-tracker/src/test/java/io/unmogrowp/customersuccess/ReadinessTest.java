package io.unmogrowp.customersuccess;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class ReadinessTest {

    @Test
    void readinessCoversPostgresqlAndClickHouse() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("clickhouse", "Database connections health check"))
                .body("checks.find { it.name == 'clickhouse' }.status", equalTo("UP"))
                .body("checks.status", org.hamcrest.Matchers.everyItem(equalTo("UP")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
