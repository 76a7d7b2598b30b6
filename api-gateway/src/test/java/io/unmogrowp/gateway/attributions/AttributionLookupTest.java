package io.unmogrowp.gateway.attributions;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.gateway.support.ClickHouseTestTable;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.unmogrowp.gateway.support.Operator.createApp;
import static io.unmogrowp.gateway.support.Operator.operator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AttributionLookupTest {

    @Test
    void returnsTheHighestVersionOnceDecided() throws Exception {
        String appId = createApp("Attribution App").extract().path("app_id");
        String conversionId = "evt-install-" + UUID.randomUUID();
        String url = "/api/v1/apps/" + appId + "/attributions/" + conversionId;

        operator().when().get(url)
                .then()
                .statusCode(404)
                .body("status", equalTo(404))
                .body("error", equalTo("not_decided"))
                .body("field", equalTo("conversion_event_id"));

        ClickHouseTestTable.insertDecision(decision(appId, conversionId, 1, "organic", null));
        ClickHouseTestTable.insertDecision(decision(appId, conversionId, 2, "attributed", "googleadwords_int"));

        operator().when().get(url)
                .then()
                .statusCode(200)
                .body("app_id", equalTo(appId))
                .body("conversion_event_id", equalTo(conversionId))
                .body("version", equalTo(2))
                .body("status", equalTo("attributed"))
                .body("media_source", equalTo("googleadwords_int"))
                .body("campaign", equalTo("summer_sale"))
                .body("touch_type", equalTo("click"))
                .body("match_type", equalTo("device_id"))
                .body("touchpoint_event_id", equalTo("evt-click-1"))
                .body("ctit_seconds", equalTo(60))
                .body("is_reattribution", equalTo(false))
                .body("fraud_reasons", hasSize(0))
                .body("explain", hasSize(1))
                .body("explain[0].outcome", equalTo("won"))
                .body("credits[0].credit", equalTo(1.0f))
                .body("adset", nullValue())
                .body("$", hasKey("adset"))
                .body("$", hasKey("touchpoint_time"))
                .body("$", hasKey("decided_at"));
    }

    @Test
    void invalidIdsAre400() {
        String appId = createApp("Bad Id App").extract().path("app_id");
        operator().when().get("/api/v1/apps/" + appId + "/attributions/evt'1")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("field", equalTo("conversion_event_id"));
        operator().when().get("/api/v1/apps/" + appId + "/attributions/" + "x".repeat(129))
                .then().statusCode(400).body("field", equalTo("conversion_event_id"));
        operator().when().get("/api/v1/apps/app%20x/attributions/evt-1")
                .then().statusCode(400).body("field", equalTo("app_id"));
    }

    @Test
    void unknownAppIs404UnknownApp() {
        operator().when().get("/api/v1/apps/app_000000000000/attributions/evt-1")
                .then().statusCode(404).body("error", equalTo("unknown_app")).body("field", equalTo("app_id"));
    }

    private static Map<String, Object> decision(String appId, String conversionId, int version, String status,
                                                String mediaSource) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("app_id", appId);
        decision.put("conversion_event_id", conversionId);
        decision.put("conversion_type", "install");
        decision.put("version", version);
        decision.put("decided_at", "2026-12-03T18:00:01.234Z");
        decision.put("conversion_time", "2026-12-03T18:00:00Z");
        decision.put("status", status);
        decision.put("media_source", mediaSource);
        decision.put("campaign", mediaSource == null ? null : "summer_sale");
        decision.put("campaign_id", mediaSource == null ? null : "c-1");
        decision.put("adset", null);
        decision.put("ad", null);
        decision.put("site_id", null);
        decision.put("touch_type", mediaSource == null ? null : "click");
        decision.put("match_type", mediaSource == null ? "none" : "device_id");
        decision.put("touchpoint_event_id", mediaSource == null ? null : "evt-click-1");
        decision.put("touchpoint_time", mediaSource == null ? null : "2026-12-03T17:59:00Z");
        decision.put("ctit_seconds", mediaSource == null ? null : 60);
        decision.put("is_reattribution", false);
        decision.put("fraud_reasons", List.of());
        decision.put("explain", mediaSource == null ? List.of() : List.of(Map.of(
                "touchpoint_event_id", "evt-click-1", "touch_type", "click", "match_type", "device_id",
                "media_source", mediaSource, "campaign", "summer_sale", "touch_time", "2026-12-03T17:59:00Z",
                "outcome", "won", "reason", "latest click matched by advertising_id within the 7-day click lookback")));
        decision.put("credits", mediaSource == null ? List.of() : List.of(Map.of(
                "model", "last_touch", "touchpoint_event_id", "evt-click-1", "media_source", mediaSource,
                "campaign", "summer_sale", "credit", 1.0)));
        return decision;
    }
}
