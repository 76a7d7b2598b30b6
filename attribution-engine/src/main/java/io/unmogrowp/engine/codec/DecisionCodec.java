package io.unmogrowp.engine.codec;

import static io.unmogrowp.engine.codec.WireValues.time;

import com.fasterxml.jackson.core.JsonGenerator;
import io.unmogrowp.core.attribution.Credit;
import io.unmogrowp.core.attribution.Decision;
import io.unmogrowp.core.attribution.ExplainEntry;
import io.unmogrowp.core.attribution.Touchpoint;
import io.unmogrowp.core.event.Campaign;
import java.io.IOException;

/**
 * The decision JSON of the {@code attributions} topic (docs/contracts.md), with its version. Written
 * straight to bytes: every field is always present, null when it does not apply.
 */
public final class DecisionCodec {

    private DecisionCodec() {
    }

    public static byte[] write(Decision d, int version) {
        return Json.stream(json -> {
            Touchpoint winner = d.winner();
            Campaign campaign = winner == null ? Campaign.EMPTY : winner.campaign();
            json.writeStartObject();
            json.writeStringField("app_id", d.appId());
            json.writeStringField("conversion_event_id", d.conversionEventId());
            json.writeStringField("conversion_type", d.conversionType().wireName());
            json.writeNumberField("version", version);
            json.writeStringField("decided_at", time(d.decidedAt()));
            json.writeStringField("conversion_time", time(d.conversionTime()));
            json.writeStringField("status", d.status().wireName());
            json.writeStringField("media_source", campaign.mediaSource());
            json.writeStringField("campaign", campaign.campaign());
            json.writeStringField("campaign_id", campaign.campaignId());
            json.writeStringField("adset", campaign.adset());
            json.writeStringField("ad", campaign.ad());
            json.writeStringField("site_id", campaign.siteId());
            json.writeStringField("touch_type", winner == null ? null : winner.touchType().wireName());
            json.writeStringField("match_type", d.matchType().wireName());
            json.writeStringField("touchpoint_event_id", winner == null ? null : winner.eventId());
            json.writeStringField("touchpoint_time", winner == null ? null : time(winner.touchTime()));
            writeNullableLong(json, "ctit_seconds", d.ctitSeconds());
            json.writeBooleanField("is_reattribution", d.reattribution());
            json.writeArrayFieldStart("fraud_reasons");
            for (String reason : d.fraudReasons()) {
                json.writeString(reason);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("explain");
            for (ExplainEntry e : d.explain()) {
                writeExplain(json, e);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("credits");
            for (Credit c : d.credits()) {
                json.writeStartObject();
                json.writeStringField("model", c.model().wireName());
                json.writeStringField("touchpoint_event_id", c.touchpointEventId());
                json.writeStringField("media_source", c.mediaSource());
                json.writeStringField("campaign", c.campaign());
                json.writeNumberField("credit", c.credit());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeExplain(JsonGenerator json, ExplainEntry e) throws IOException {
        json.writeStartObject();
        json.writeStringField("touchpoint_event_id", e.touchpointEventId());
        json.writeStringField("touch_type", e.touchType() == null ? null : e.touchType().wireName());
        json.writeStringField("match_type", e.matchType() == null ? null : e.matchType().wireName());
        json.writeStringField("media_source", e.mediaSource());
        json.writeStringField("campaign", e.campaign());
        json.writeStringField("touch_time", time(e.touchTime()));
        json.writeStringField("outcome", e.outcome());
        json.writeStringField("reason", e.reason());
        json.writeStringField("window", e.window());
        writeNullableLong(json, "window_seconds", e.lookback() == null ? null : e.lookback().getSeconds());
        json.writeEndObject();
    }

    private static void writeNullableLong(JsonGenerator json, String field, Long value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }
}
