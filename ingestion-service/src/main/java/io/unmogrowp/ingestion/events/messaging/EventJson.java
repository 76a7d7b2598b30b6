package io.unmogrowp.ingestion.events.messaging;

import static io.unmogrowp.core.event.EventFields.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.Device;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventMaps;
import io.unmogrowp.core.event.Timestamps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Writes an event in its {@code events.raw} form straight to JSON bytes: the same fields, order
 * and omissions as {@link EventMaps#toWire}, without building the map first. This is the hot path
 * of every accepted event; the map-and-serialise route cost a third of the request's CPU.
 */
public final class EventJson {

    /** Both record kinds of this package serialise with it: decimals as written, never in E-notation. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /**
     * One per thread: a generator left open over a reused buffer (root values written back to back,
     * no separator), so an event costs only its final array instead of a generator, a context and
     * a buffer each (together a sixth of the service's allocation).
     */
    private static final class Writer {
        final ByteArrayBuilder bytes = new ByteArrayBuilder(1024);
        final JsonGenerator json;
        /** Every event of a request has the same receive time: formatted once, not per event. */
        Instant receivedAt;
        String receivedAtText;

        Writer() {
            try {
                json = FACTORY.createGenerator(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("a generator over memory cannot fail", e);
            }
            json.setRootValueSeparator(null);
        }

        String receivedAt(Instant at) {
            if (!at.equals(receivedAt)) {
                receivedAtText = Timestamps.format(at);
                receivedAt = at;
            }
            return receivedAtText;
        }
    }

    private static final ThreadLocal<Writer> WRITERS = ThreadLocal.withInitial(Writer::new);
    /** A writer that grew past this for an unusually large event is dropped rather than kept. */
    private static final int KEPT_BUFFER_BYTES = 64 * 1024;

    private EventJson() {
    }

    public static byte[] write(Event event) {
        Writer writer = WRITERS.get();
        writer.bytes.reset();
        try {
            JsonGenerator json = writer.json;
            json.writeStartObject();
            field(json, EVENT_ID, event.eventId());
            field(json, APP_ID, event.appId());
            field(json, EVENT_TYPE, event.eventType() == null ? null : event.eventType().wireName());
            field(json, EVENT_TIME, event.eventTime() == null ? null : Timestamps.format(event.eventTime()));
            field(json, PLATFORM, event.platform() == null ? null : event.platform().wireName());
            if (!event.device().isEmpty()) {
                json.writeFieldName(DEVICE);
                device(json, event.device());
            }
            field(json, CLICK_ID, event.clickId());
            if (!event.campaign().isEmpty()) {
                json.writeFieldName(CAMPAIGN);
                campaign(json, event.campaign());
            }
            field(json, EVENT_NAME, event.eventName());
            if (event.revenue() != null) {
                json.writeFieldName(REVENUE);
                json.writeNumber(event.revenue());
            }
            field(json, CURRENCY, event.currency());
            if (!event.properties().isEmpty()) {
                json.writeFieldName(PROPERTIES);
                MAPPER.writeValue(json, event.properties());
            }
            field(json, RECEIVED_AT, event.receivedAt() == null ? null : writer.receivedAt(event.receivedAt()));
            json.writeEndObject();
            json.flush();
            byte[] written = writer.bytes.toByteArray();
            if (written.length > KEPT_BUFFER_BYTES) {
                WRITERS.remove();
            }
            return written;
        } catch (IOException | RuntimeException e) {
            WRITERS.remove(); // a generator left mid-object is never reused
            if (e instanceof IOException io) {
                throw new UncheckedIOException("writing to memory cannot fail", io);
            }
            throw (RuntimeException) e;
        }
    }

    private static void device(JsonGenerator json, Device device) throws IOException {
        json.writeStartObject();
        field(json, ADVERTISING_ID, device.advertisingId());
        field(json, IDFV, device.idfv());
        field(json, ANDROID_ID, device.androidId());
        field(json, IP, device.ip());
        field(json, USER_AGENT, device.userAgent());
        field(json, OS_VERSION, device.osVersion());
        field(json, MODEL, device.model());
        field(json, LOCALE, device.locale());
        json.writeEndObject();
    }

    private static void campaign(JsonGenerator json, Campaign campaign) throws IOException {
        json.writeStartObject();
        field(json, MEDIA_SOURCE, campaign.mediaSource());
        field(json, CAMPAIGN_NAME, campaign.campaign());
        field(json, CAMPAIGN_ID, campaign.campaignId());
        field(json, ADSET, campaign.adset());
        field(json, AD, campaign.ad());
        field(json, SITE_ID, campaign.siteId());
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
