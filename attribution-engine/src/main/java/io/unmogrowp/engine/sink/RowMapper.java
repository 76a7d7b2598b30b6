package io.unmogrowp.engine.sink;

import io.unmogrowp.engine.codec.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns records of events.raw, attributions and events.attributed into rows of the ClickHouse tables in
 * infra/clickhouse/schema. Pure: the same record always gives the same rows, which is what makes a
 * replayed batch collapse onto the rows it wrote before (ReplacingMergeTree keys).
 */
public final class RowMapper {

    public static final String EVENTS_RAW = "events_raw";
    public static final String ATTRIBUTIONS = "attributions";
    public static final String CREDITS = "attribution_credits";
    public static final String ATTRIBUTED_EVENTS = "attributed_events";

    private final String rawTopic;
    private final String attributionsTopic;
    private final String attributedTopic;

    public RowMapper(String rawTopic, String attributionsTopic, String attributedTopic) {
        this.rawTopic = rawTopic;
        this.attributionsTopic = attributionsTopic;
        this.attributedTopic = attributedTopic;
    }

    /** Rows for one record; empty for a record that is not readable JSON (counted by the caller). */
    public List<Row> rows(String topic, byte[] value) {
        Map<String, Object> json = Json.readMap(value).orElse(null);
        if (json == null) {
            return List.of();
        }
        if (topic.equals(rawTopic)) {
            return List.of(rawEvent(json, value));
        }
        if (topic.equals(attributionsTopic)) {
            return decision(json);
        }
        if (topic.equals(attributedTopic)) {
            return List.of(attributedEvent(json));
        }
        return List.of();
    }

    private static Row rawEvent(Map<String, Object> e, byte[] original) {
        Map<String, Object> device = map(e.get("device"));
        Map<String, Object> campaign = map(e.get("campaign"));
        long eventTime = millis(e.get("event_time"));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("event_date", date(eventTime));
        row.put("app_id", text(e.get("app_id")));
        row.put("event_id", text(e.get("event_id")));
        row.put("event_type", text(e.get("event_type")));
        row.put("platform", text(e.get("platform")));
        row.put("event_time_ms", eventTime);
        row.put("received_at_ms", millis(e.get("received_at")));
        row.put("advertising_id", text(device.get("advertising_id")));
        row.put("idfv", text(device.get("idfv")));
        row.put("android_id", text(device.get("android_id")));
        row.put("ip", text(device.get("ip")));
        row.put("user_agent", text(device.get("user_agent")));
        row.put("click_id", text(e.get("click_id")));
        row.put("media_source", text(campaign.get("media_source")));
        row.put("campaign", text(campaign.get("campaign")));
        row.put("site_id", text(campaign.get("site_id")));
        row.put("event_name", text(e.get("event_name")));
        row.put("revenue", number(e.get("revenue")));
        row.put("currency", text(e.get("currency")));
        row.put("event_json", new String(original, java.nio.charset.StandardCharsets.UTF_8));
        return new Row(EVENTS_RAW, row);
    }

    private static List<Row> decision(Map<String, Object> d) {
        long conversionTime = millis(d.get("conversion_time"));
        String date = date(conversionTime);
        int version = d.get("version") instanceof Number n ? n.intValue() : 1;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("decision_date", date);
        row.put("app_id", text(d.get("app_id")));
        row.put("conversion_event_id", text(d.get("conversion_event_id")));
        row.put("conversion_type", text(d.get("conversion_type")));
        row.put("version", version);
        row.put("status", text(d.get("status")));
        row.put("media_source", text(d.get("media_source")));
        row.put("campaign", text(d.get("campaign")));
        row.put("campaign_id", text(d.get("campaign_id")));
        row.put("site_id", text(d.get("site_id")));
        row.put("touch_type", text(d.get("touch_type")));
        row.put("match_type", text(d.get("match_type")));
        row.put("touchpoint_event_id", text(d.get("touchpoint_event_id")));
        row.put("conversion_time_ms", conversionTime);
        row.put("decided_at_ms", millis(d.get("decided_at")));
        row.put("ctit_seconds", d.get("ctit_seconds") instanceof Number n ? n.longValue() : -1L);
        row.put("is_reattribution", Boolean.TRUE.equals(d.get("is_reattribution")) ? 1 : 0);
        row.put("fraud_reasons", d.get("fraud_reasons") instanceof List<?> l ? l : List.of());
        row.put("decision_json", Json.writeString(d));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(ATTRIBUTIONS, row));
        // One row per decision version, even without credits: an organic or rejected correction must
        // replace the credits of the version before it (ReplacingMergeTree by version, FINAL).
        List<String> models = new ArrayList<>();
        List<String> touchpoints = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> campaigns = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        if (d.get("credits") instanceof List<?> credits) {
            for (Object item : credits) {
                Map<String, Object> c = map(item);
                models.add(text(c.get("model")));
                touchpoints.add(text(c.get("touchpoint_event_id")));
                sources.add(text(c.get("media_source")));
                campaigns.add(text(c.get("campaign")));
                values.add(number(c.get("credit")));
            }
        }
        Map<String, Object> credit = new LinkedHashMap<>();
        credit.put("decision_date", date);
        credit.put("app_id", row.get("app_id"));
        credit.put("conversion_event_id", row.get("conversion_event_id"));
        credit.put("version", version);
        credit.put("models", models);
        credit.put("touchpoint_event_ids", touchpoints);
        credit.put("media_sources", sources);
        credit.put("campaigns", campaigns);
        credit.put("credits", values);
        rows.add(new Row(CREDITS, credit));
        return rows;
    }

    private static Row attributedEvent(Map<String, Object> e) {
        Map<String, Object> source = map(e.get("attribution"));
        long eventTime = millis(e.get("event_time"));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("event_date", date(eventTime));
        row.put("app_id", text(e.get("app_id")));
        row.put("event_id", text(e.get("event_id")));
        row.put("event_type", text(e.get("event_type")));
        row.put("event_name", text(e.get("event_name")));
        row.put("event_time_ms", eventTime);
        row.put("revenue", number(e.get("revenue")));
        row.put("currency", text(e.get("currency")));
        row.put("attribution_status", text(source.get("status")));
        row.put("media_source", text(source.get("media_source")));
        row.put("campaign", text(source.get("campaign")));
        row.put("conversion_event_id", text(source.get("conversion_event_id")));
        return new Row(ATTRIBUTED_EVENTS, row);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** ClickHouse String columns are not nullable in this schema: absent becomes empty. */
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            return new BigDecimal(s).doubleValue();
        }
        return 0.0;
    }

    private static long millis(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value == null) {
            return 0L;
        }
        return OffsetDateTime.parse(value.toString()).toInstant().toEpochMilli();
    }

    private static String date(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
