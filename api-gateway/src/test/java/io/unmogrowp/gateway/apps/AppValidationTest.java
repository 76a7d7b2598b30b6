package io.unmogrowp.gateway.apps;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.unmogrowp.gateway.support.Operator.createApp;
import static io.unmogrowp.gateway.support.Operator.operator;
import static io.unmogrowp.gateway.support.Operator.operatorJson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AppValidationTest {

    private static final String VALID_APP = """
            {"name": "Valid", "platform": "web", "store_url": "https://example.com/app"}""";

    @Test
    void missingTokenIs401() {
        given().contentType(ContentType.JSON).body(VALID_APP)
                .when().post("/api/v1/apps")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401))
                .body("error", equalTo("unauthorized"))
                .body("field", equalTo("authorization"));
    }

    @Test
    void wrongTokenIs401() {
        given().header("Authorization", "Bearer dev-admin-token-change-mf")
                .when().get("/api/v1/apps")
                .then().statusCode(401).body("error", equalTo("unauthorized")).body("reason", equalTo("invalid operator token"));
    }

    @Test
    void tokenIsRequiredEvenForUnknownRoutes() {
        given().when().get("/api/v1/nothing-here").then().statusCode(401).body("error", equalTo("unauthorized"));
    }

    @Test
    void malformedJsonIs400() {
        operator().contentType(ContentType.JSON).body("{\"name\": \"x\", ")
                .when().post("/api/v1/apps")
                .then()
                .statusCode(400)
                .body("status", equalTo(400))
                .body("error", equalTo("invalid_request"))
                .body("reason", containsString("malformed JSON"));
    }

    @Test
    void emptyBodyIs400() {
        operator().contentType(ContentType.JSON).body("")
                .when().post("/api/v1/apps")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void wrongMediaTypeIs415() {
        operator().contentType(ContentType.TEXT).body(VALID_APP)
                .when().post("/api/v1/apps")
                .then().statusCode(415).body("error", equalTo("unsupported_media_type"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            missing name        | {"platform": "android", "store_url": "https://example.com/a"}                       | name      | is required
            blank name          | {"name": "  ", "platform": "android", "store_url": "https://example.com/a"}         | name      | is required
            bad platform        | {"name": "A", "platform": "symbian", "store_url": "https://example.com/a"}          | platform  | must be one of android, ios, web
            missing platform    | {"name": "A", "store_url": "https://example.com/a"}                                 | platform  | must be one of android, ios, web
            bad store url       | {"name": "A", "platform": "ios", "store_url": "ftp://example.com/a"}                | store_url | must be an absolute http or https URL
            unknown field       | {"name": "A", "platform": "ios", "store_url": "https://example.com/a", "colour": 1} | colour    | unknown field
            name not a string   | {"name": ["A"], "platform": "ios", "store_url": "https://example.com/a"}            | name      | must be a string
            bad cidr            | {"name": "A", "platform": "ios", "store_url": "https://e.com", "settings": {"blocked_ip_ranges": ["10.0.0.0/33"]}}  | settings.blocked_ip_ranges[0] | prefix length must be between 0 and 32
            bad model           | {"name": "A", "platform": "ios", "store_url": "https://e.com", "settings": {"default_model": "best_touch"}}         | settings.default_model | must be one of last_touch, first_touch, linear, time_decay, position_based
            negative window     | {"name": "A", "platform": "ios", "store_url": "https://e.com", "settings": {"click_lookback_hours": -5}}            | settings.click_lookback_hours | must be between 1 and 720
            fractional window   | {"name": "A", "platform": "ios", "store_url": "https://e.com", "settings": {"click_lookback_hours": 1.5}}           | settings.click_lookback_hours | must be a number
            """)
    void badAppIs400WithFieldAndReason(String description, String body, String field, String reason) {
        operatorJson(body)
                .when().post("/api/v1/apps")
                .then()
                .statusCode(400)
                .body("status", equalTo(400))
                .body("error", equalTo("invalid_request"))
                .body("field", equalTo(field))
                .body("reason", equalTo(reason));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            cidr without prefix   | {"blocked_ip_ranges": ["192.168.1.0"]}           | blocked_ip_ranges[0] | must be a CIDR block such as 203.0.113.0/24 (address/prefix)
            cidr host name        | {"blocked_ip_ranges": ["example.com/24"]}        | blocked_ip_ranges[0] | 'example.com' is not an IPv4 or IPv6 address
            cidr host bits        | {"blocked_ip_ranges": ["10.0.0.1/8"]}            | blocked_ip_ranges[0] | address has bits set beyond the /8 prefix
            cidr null entry       | {"blocked_ip_ranges": ["10.0.0.0/8", null]}      | blocked_ip_ranges[1] | must be a CIDR block such as 203.0.113.0/24
            model                 | {"default_model": "LAST_TOUCH"}                  | default_model | must be one of last_touch, first_touch, linear, time_decay, position_based
            fraud policy          | {"fraud_policy": "ignore"}                       | fraud_policy | must be one of flag, reject
            zero rate limit       | {"rate_limit_per_second": 0}                     | rate_limit_per_second | must be between 1 and 1000000
            window too large      | {"reattribution_window_days": 3650}              | reattribution_window_days | must be between 1 and 365
            negative ctit         | {"min_ctit_seconds": -1}                         | min_ctit_seconds | must be between 0 and 3600
            signature not boolean | {"require_signature": [true]}                    | require_signature | must be a boolean
            """)
    void badSettingsAre400AndChangeNothing(String description, String body, String field, String reason) {
        String appId = createApp("Settings Validation").extract().path("app_id");
        operatorJson(body)
                .when().put("/api/v1/apps/" + appId + "/settings")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("field", equalTo(field))
                .body("reason", equalTo(reason));
        operator().when().get("/api/v1/apps/" + appId)
                .then().statusCode(200).body("version", equalTo(1)).body("settings.blocked_ip_ranges.size()", equalTo(0));
    }

    @Test
    void unknownAppIs404() {
        operator().when().get("/api/v1/apps/app_000000000000")
                .then()
                .statusCode(404)
                .body("status", equalTo(404))
                .body("error", equalTo("unknown_app"))
                .body("field", equalTo("app_id"));
        operator().when().post("/api/v1/apps/app_000000000000/keys")
                .then().statusCode(404).body("error", equalTo("unknown_app"));
        operatorJson(Map.of("default_model", "linear"))
                .when().put("/api/v1/apps/app_000000000000/settings")
                .then().statusCode(404).body("error", equalTo("unknown_app"));
    }

    @Test
    void unknownRouteIsJson404() {
        operator().when().get("/api/v1/unknown")
                .then().statusCode(404).body("error", equalTo("not_found")).body("field", nullValue());
    }
}
