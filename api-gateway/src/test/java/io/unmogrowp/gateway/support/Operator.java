package io.unmogrowp.gateway.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls the API as the operator, with the dev token of %test. */
public final class Operator {

    public static final String TOKEN = "dev-admin-token-change-me";

    private Operator() {
    }

    public static RequestSpecification operator() {
        return given().header("Authorization", "Bearer " + TOKEN);
    }

    public static RequestSpecification operatorJson(Object body) {
        return operator().contentType(ContentType.JSON).body(body);
    }

    /** Creates an app with default settings and returns the 201 answer. */
    public static ValidatableResponse createApp(String name) {
        return operatorJson(Map.of(
                "name", name,
                "platform", "android",
                "store_url", "https://play.google.com/store/apps/details?id=com.example.test"))
                .when().post("/api/v1/apps")
                .then().statusCode(201);
    }
}
