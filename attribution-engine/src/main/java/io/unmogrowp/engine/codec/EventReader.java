package io.unmogrowp.engine.codec;

import static io.unmogrowp.core.event.EventFields.*;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.Device;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.event.Platform;
import io.unmogrowp.core.event.Timestamps;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an {@code events.raw} record straight into an {@link Event} with Jackson's streaming parser. It
 * accepts and refuses exactly what parsing to a map and {@code EventMaps.fromWire} do (EventReaderTest
 * compares the two), without building the map first: that map was a twentieth of the engine's time.
 * Unknown fields are skipped; a repeated field keeps its last value, as a map would, so a value of the wrong
 * type only makes the event unreadable if it is the field's last one.
 */
public final class EventReader {

    /** Stands for a value of the wrong type until the field's last value is known. */
    private static final Object WRONG_TYPE = new Object();

    private EventReader() {
    }

    /** The event, or empty for anything unreadable (a poison record must not stop the stream). */
    public static Optional<Event> read(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        try (JsonParser parser = Json.mapper().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            return Optional.of(readEvent(parser));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Event readEvent(JsonParser p) throws IOException {
        Object eventId = null;
        Object appId = null;
        Object type = null;
        Object eventTime = null;
        Object platform = null;
        Object device = null;
        Object clickId = null;
        Object campaign = null;
        Object eventName = null;
        Object revenue = null;
        Object currency = null;
        Object properties = null;
        Object receivedAt = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case EVENT_ID -> eventId = string(p);
                case APP_ID -> appId = string(p);
                case EVENT_TYPE -> type = string(p);
                case EVENT_TIME -> eventTime = string(p);
                case PLATFORM -> platform = string(p);
                case DEVICE -> device = readDevice(p);
                case CLICK_ID -> clickId = string(p);
                case CAMPAIGN -> campaign = readCampaign(p);
                case EVENT_NAME -> eventName = string(p);
                case REVENUE -> revenue = decimal(p);
                case CURRENCY -> currency = string(p);
                case PROPERTIES -> properties = readObject(p);
                case RECEIVED_AT -> receivedAt = string(p);
                default -> p.skipChildren();
            }
        }
        String typeWire = required(type, EVENT_TYPE);
        EventType eventType = EventType.fromWire(typeWire)
                .orElseThrow(() -> new IllegalArgumentException("unknown event_type " + typeWire));
        String platformWire = valid(platform, PLATFORM);
        Platform parsedPlatform = platformWire == null ? null : Platform.fromWire(platformWire)
                .orElseThrow(() -> new IllegalArgumentException("unknown platform " + platformWire));
        return new Event(required(eventId, EVENT_ID), required(appId, APP_ID), eventType,
                instant(required(eventTime, EVENT_TIME), EVENT_TIME), parsedPlatform, valid(device, DEVICE),
                valid(clickId, CLICK_ID), valid(campaign, CAMPAIGN), valid(eventName, EVENT_NAME),
                toDecimal(valid(revenue, REVENUE)), valid(currency, CURRENCY), valid(properties, PROPERTIES),
                instant(valid(receivedAt, RECEIVED_AT), RECEIVED_AT));
    }

    private static Object readDevice(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return nullOrWrongType(p);
        }
        Object advertisingId = null;
        Object idfv = null;
        Object androidId = null;
        Object ip = null;
        Object userAgent = null;
        Object osVersion = null;
        Object model = null;
        Object locale = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case ADVERTISING_ID -> advertisingId = string(p);
                case IDFV -> idfv = string(p);
                case ANDROID_ID -> androidId = string(p);
                case IP -> ip = string(p);
                case USER_AGENT -> userAgent = string(p);
                case OS_VERSION -> osVersion = string(p);
                case MODEL -> model = string(p);
                case LOCALE -> locale = string(p);
                default -> p.skipChildren();
            }
        }
        if (anyWrong(advertisingId, idfv, androidId, ip, userAgent, osVersion, model, locale)) {
            return WRONG_TYPE;
        }
        return new Device((String) advertisingId, (String) idfv, (String) androidId, (String) ip, (String) userAgent,
                (String) osVersion, (String) model, (String) locale);
    }

    private static Object readCampaign(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return nullOrWrongType(p);
        }
        Object mediaSource = null;
        Object name = null;
        Object campaignId = null;
        Object adset = null;
        Object ad = null;
        Object siteId = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case MEDIA_SOURCE -> mediaSource = string(p);
                case CAMPAIGN_NAME -> name = string(p);
                case CAMPAIGN_ID -> campaignId = string(p);
                case ADSET -> adset = string(p);
                case AD -> ad = string(p);
                case SITE_ID -> siteId = string(p);
                default -> p.skipChildren();
            }
        }
        if (anyWrong(mediaSource, name, campaignId, adset, ad, siteId)) {
            return WRONG_TYPE;
        }
        return new Campaign((String) mediaSource, (String) name, (String) campaignId, (String) adset, (String) ad,
                (String) siteId);
    }

    /** Free-form properties, read with the engine's mapper so values have the types a map read gives them. */
    private static Object readObject(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return nullOrWrongType(p);
        }
        return Json.mapper().readValue(p, Json.MAP);
    }

    private static Object string(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : nullOrWrongType(p);
    }

    /** Numbers as the mapper reads them; text is converted only if it is the field's last value. */
    private static Object decimal(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_STRING -> p.getText();
            default -> nullOrWrongType(p);
        };
    }

    private static Object nullOrWrongType(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        p.skipChildren();
        return WRONG_TYPE;
    }

    private static boolean anyWrong(Object... values) {
        for (Object value : values) {
            if (value == WRONG_TYPE) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal toDecimal(Object value) {
        return value instanceof String text ? new BigDecimal(text) : (BigDecimal) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T valid(Object value, String field) {
        if (value == WRONG_TYPE) {
            throw new IllegalArgumentException(field + " has the wrong type");
        }
        return (T) value;
    }

    private static String required(Object value, String field) {
        String text = valid(value, field);
        if (text == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return text;
    }

    private static Instant instant(String text, String field) {
        if (text == null) {
            return null;
        }
        return Timestamps.parseRfc3339(text)
                .orElseThrow(() -> new IllegalArgumentException(field + " is not an RFC 3339 time: " + text));
    }
}
