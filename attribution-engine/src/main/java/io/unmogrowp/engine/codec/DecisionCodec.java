package io.unmogrowp.engine.codec;

import static io.unmogrowp.engine.codec.WireValues.*;

import io.unmogrowp.core.attribution.Credit;
import io.unmogrowp.core.attribution.Decision;
import io.unmogrowp.core.attribution.ExplainEntry;
import io.unmogrowp.core.attribution.Touchpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The decision JSON of the {@code attributions} topic (docs/contracts.md), with its version. */
public final class DecisionCodec {

    private DecisionCodec() {
    }

    public static Map<String, Object> toWire(Decision d, int version) {
        Touchpoint winner = d.winner();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("app_id", d.appId());
        map.put("conversion_event_id", d.conversionEventId());
        map.put("conversion_type", d.conversionType().wireName());
        map.put("version", version);
        map.put("decided_at", time(d.decidedAt()));
        map.put("conversion_time", time(d.conversionTime()));
        map.put("status", d.status().wireName());
        map.put("media_source", winner == null ? null : winner.campaign().mediaSource());
        map.put("campaign", winner == null ? null : winner.campaign().campaign());
        map.put("campaign_id", winner == null ? null : winner.campaign().campaignId());
        map.put("adset", winner == null ? null : winner.campaign().adset());
        map.put("ad", winner == null ? null : winner.campaign().ad());
        map.put("site_id", winner == null ? null : winner.campaign().siteId());
        map.put("touch_type", winner == null ? null : winner.touchType().wireName());
        map.put("match_type", d.matchType().wireName());
        map.put("touchpoint_event_id", winner == null ? null : winner.eventId());
        map.put("touchpoint_time", winner == null ? null : time(winner.touchTime()));
        map.put("ctit_seconds", d.ctitSeconds());
        map.put("is_reattribution", d.reattribution());
        map.put("fraud_reasons", d.fraudReasons());
        map.put("explain", explain(d.explain()));
        map.put("credits", credits(d.credits()));
        return map;
    }

    private static List<Map<String, Object>> explain(List<ExplainEntry> entries) {
        List<Map<String, Object>> list = new ArrayList<>(entries.size());
        for (ExplainEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("touchpoint_event_id", e.touchpointEventId());
            m.put("touch_type", e.touchType() == null ? null : e.touchType().wireName());
            m.put("match_type", e.matchType() == null ? null : e.matchType().wireName());
            m.put("media_source", e.mediaSource());
            m.put("campaign", e.campaign());
            m.put("touch_time", time(e.touchTime()));
            m.put("outcome", e.outcome());
            m.put("reason", e.reason());
            m.put("window", e.window());
            m.put("window_seconds", e.lookback() == null ? null : e.lookback().getSeconds());
            list.add(m);
        }
        return list;
    }

    private static List<Map<String, Object>> credits(List<Credit> credits) {
        List<Map<String, Object>> list = new ArrayList<>(credits.size());
        for (Credit c : credits) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", c.model().wireName());
            m.put("touchpoint_event_id", c.touchpointEventId());
            m.put("media_source", c.mediaSource());
            m.put("campaign", c.campaign());
            m.put("credit", c.credit());
            list.add(m);
        }
        return list;
    }
}
