package io.unmogrowp.engine.codec;

import static io.unmogrowp.core.event.EventFields.*;

import com.fasterxml.jackson.core.JsonGenerator;
import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.Device;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.Timestamps;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * An event's fields as {@code EventMaps.toWire} lays them out (absent fields left out, an empty device
 * or campaign omitted), written straight into a generator; EventWriterTest holds the two to the same bytes.
 */
public final class EventWriter {

    private EventWriter() {
    }

    /** Writes the fields into the object the generator is in; the caller opens and closes it. */
    public static void writeFields(JsonGenerator json, Event e) throws IOException {
        string(json, EVENT_ID, e.eventId());
        string(json, APP_ID, e.appId());
        string(json, EVENT_TYPE, e.eventType() == null ? null : e.eventType().wireName());
        time(json, EVENT_TIME, e.eventTime());
        string(json, PLATFORM, e.platform() == null ? null : e.platform().wireName());
        Device d = e.device();
        if (!d.isEmpty()) {
            json.writeObjectFieldStart(DEVICE);
            string(json, ADVERTISING_ID, d.advertisingId());
            string(json, IDFV, d.idfv());
            string(json, ANDROID_ID, d.androidId());
            string(json, IP, d.ip());
            string(json, USER_AGENT, d.userAgent());
            string(json, OS_VERSION, d.osVersion());
            string(json, MODEL, d.model());
            string(json, LOCALE, d.locale());
            json.writeEndObject();
        }
        string(json, CLICK_ID, e.clickId());
        Campaign c = e.campaign();
        if (!c.isEmpty()) {
            json.writeObjectFieldStart(CAMPAIGN);
            string(json, MEDIA_SOURCE, c.mediaSource());
            string(json, CAMPAIGN_NAME, c.campaign());
            string(json, CAMPAIGN_ID, c.campaignId());
            string(json, ADSET, c.adset());
            string(json, AD, c.ad());
            string(json, SITE_ID, c.siteId());
            json.writeEndObject();
        }
        string(json, EVENT_NAME, e.eventName());
        if (e.revenue() != null) {
            json.writeNumberField(REVENUE, e.revenue());
        }
        string(json, CURRENCY, e.currency());
        if (!e.properties().isEmpty()) {
            json.writeObjectFieldStart(PROPERTIES);
            for (Map.Entry<String, Object> property : e.properties().entrySet()) {
                json.writeFieldName(property.getKey());
                json.writeObject(property.getValue());
            }
            json.writeEndObject();
        }
        time(json, RECEIVED_AT, e.receivedAt());
    }

    private static void string(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void time(JsonGenerator json, String field, Instant value) throws IOException {
        if (value != null) {
            json.writeStringField(field, Timestamps.format(value));
        }
    }
}
