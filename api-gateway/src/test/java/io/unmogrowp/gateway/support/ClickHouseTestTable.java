package io.unmogrowp.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes decision rows straight into unmogrowp_test.attributions over ClickHouse's HTTP interface. */
public final class ClickHouseTestTable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ClickHouseTestTable() {
    }

    public static void insertDecision(Map<String, Object> decision) throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("decision_date", LocalDate.now(ZoneOffset.UTC).toString());
        row.put("app_id", decision.get("app_id"));
        row.put("conversion_event_id", decision.get("conversion_event_id"));
        row.put("conversion_type", decision.get("conversion_type"));
        row.put("version", decision.get("version"));
        row.put("status", decision.get("status"));
        row.put("media_source", String.valueOf(decision.get("media_source")));
        row.put("campaign", String.valueOf(decision.get("campaign")));
        row.put("campaign_id", "");
        row.put("site_id", "");
        row.put("touch_type", String.valueOf(decision.get("touch_type")));
        row.put("match_type", decision.get("match_type"));
        row.put("touchpoint_event_id", String.valueOf(decision.get("touchpoint_event_id")));
        row.put("conversion_time_ms", System.currentTimeMillis());
        row.put("decided_at_ms", System.currentTimeMillis());
        row.put("ctit_seconds", decision.get("ctit_seconds"));
        row.put("is_reattribution", 0);
        row.put("fraud_reasons", List.of());
        row.put("decision_json", JSON.writeValueAsString(decision));
        String query = URLEncoder.encode("INSERT INTO unmogrowp_test.attributions FORMAT JSONEachRow", StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8123/?query=" + query))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(row)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ClickHouse insert failed: " + response.statusCode() + " " + response.body());
        }
    }
}
