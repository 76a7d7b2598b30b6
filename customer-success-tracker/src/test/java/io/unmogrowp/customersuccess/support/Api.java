package io.unmogrowp.customersuccess.support;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Authenticated requests and small fixtures shared by the REST tests. */
public final class Api {

    public static final String OPERATOR_TOKEN = "dev-admin-token-change-me";

    /** Decimals as doubles, so closeTo(...) matchers compare like with like. */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private Api() {
    }

    public static RequestSpecification operator() {
        return given().config(DOUBLES).header("Authorization", "Bearer " + OPERATOR_TOKEN).contentType(ContentType.JSON);
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a customer from the given fields (company name and email are filled in when absent) and returns its id. */
    public static String createCustomer(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.putIfAbsent("company_name", uniqueName("Pilot"));
        body.putIfAbsent("contact_email", "owner@example.com");
        return operator().body(body).post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    public static String createCustomer() {
        return createCustomer(Map.of());
    }
}
