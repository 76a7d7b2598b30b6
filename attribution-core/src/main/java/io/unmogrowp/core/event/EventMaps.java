package io.unmogrowp.core.event;

import static io.unmogrowp.core.event.EventFields.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts events to and from the JSON-shaped map of the {@code events.raw} contract: snake_case
 * keys, nested maps for device and campaign, times as RFC 3339 UTC strings with milliseconds,
 * revenue as {@link BigDecimal}, null fields and empty objects omitted.
 */
public final class EventMaps {

    private EventMaps() {
    }

    public static Map<String, Object> toWire(Event event) {
        Map<String, Object> wire = new LinkedHashMap<>();
        put(wire, EVENT_ID, event.eventId());
        put(wire, APP_ID, event.appId());
        put(wire, EVENT_TYPE, event.eventType() == null ? null : event.eventType().wireName());
        put(wire, EVENT_TIME, event.eventTime() == null ? null : Timestamps.format(event.eventTime()));
        put(wire, PLATFORM, event.platform() == null ? null : event.platform().wireName());
        if (!event.device().isEmpty()) {
            wire.put(DEVICE, deviceToWire(event.device()));
        }
        put(wire, CLICK_ID, event.clickId());
        if (!event.campaign().isEmpty()) {
            wire.put(CAMPAIGN, campaignToWire(event.campaign()));
        }
        put(wire, EVENT_NAME, event.eventName());
        put(wire, REVENUE, event.revenue());
        put(wire, CURRENCY, event.currency());
        if (!event.properties().isEmpty()) {
            wire.put(PROPERTIES, new LinkedHashMap<>(event.properties()));
        }
        put(wire, RECEIVED_AT, event.receivedAt() == null ? null : Timestamps.format(event.receivedAt()));
        return wire;
    }

    /**
     * Reads a map written by {@link #toWire} (or the same JSON parsed back). Not a validator: a map
     * that did not come from {@code toWire} may be refused with {@link IllegalArgumentException}.
     */
    public static Event fromWire(Map<String, Object> wire) {
        if (wire == null) {
            throw new IllegalArgumentException("event map is null");
        }
        EventType type = EventType.fromWire(requiredString(wire, EVENT_TYPE))
                .orElseThrow(() -> new IllegalArgumentException("unknown event_type " + wire.get(EVENT_TYPE)));
        String platformWire = optionalString(wire, PLATFORM);
        Platform platform = platformWire == null ? null : Platform.fromWire(platformWire)
                .orElseThrow(() -> new IllegalArgumentException("unknown platform " + platformWire));
        return new Event(
                requiredString(wire, EVENT_ID),
                requiredString(wire, APP_ID),
                type,
                instant(wire, EVENT_TIME, true),
                platform,
                deviceFromWire(nestedMap(wire, DEVICE)),
                optionalString(wire, CLICK_ID),
                campaignFromWire(nestedMap(wire, CAMPAIGN)),
                optionalString(wire, EVENT_NAME),
                decimal(wire.get(REVENUE)),
                optionalString(wire, CURRENCY),
                nestedMap(wire, PROPERTIES),
                instant(wire, RECEIVED_AT, false));
    }

    private static Map<String, Object> deviceToWire(Device device) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, ADVERTISING_ID, device.advertisingId());
        put(map, IDFV, device.idfv());
        put(map, ANDROID_ID, device.androidId());
        put(map, IP, device.ip());
        put(map, USER_AGENT, device.userAgent());
        put(map, OS_VERSION, device.osVersion());
        put(map, MODEL, device.model());
        put(map, LOCALE, device.locale());
        return map;
    }

    private static Map<String, Object> campaignToWire(Campaign campaign) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, MEDIA_SOURCE, campaign.mediaSource());
        put(map, CAMPAIGN_NAME, campaign.campaign());
        put(map, CAMPAIGN_ID, campaign.campaignId());
        put(map, ADSET, campaign.adset());
        put(map, AD, campaign.ad());
        put(map, SITE_ID, campaign.siteId());
        return map;
    }

    private static Device deviceFromWire(Map<String, Object> map) {
        if (map == null) {
            return Device.EMPTY;
        }
        return new Device(
                optionalString(map, ADVERTISING_ID), optionalString(map, IDFV), optionalString(map, ANDROID_ID),
                optionalString(map, IP), optionalString(map, USER_AGENT), optionalString(map, OS_VERSION),
                optionalString(map, MODEL), optionalString(map, LOCALE));
    }

    private static Campaign campaignFromWire(Map<String, Object> map) {
        if (map == null) {
            return Campaign.EMPTY;
        }
        return new Campaign(
                optionalString(map, MEDIA_SOURCE), optionalString(map, CAMPAIGN_NAME), optionalString(map, CAMPAIGN_ID),
                optionalString(map, ADSET), optionalString(map, AD), optionalString(map, SITE_ID));
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String requiredString(Map<String, Object> map, String key) {
        String value = optionalString(map, key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return value;
    }

    private static String optionalString(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalArgumentException(key + " is not a string");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nestedMap(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw new IllegalArgumentException(key + " is not an object");
    }

    private static Instant instant(Map<String, Object> map, String key, boolean required) {
        String text = required ? requiredString(map, key) : optionalString(map, key);
        if (text == null) {
            return null;
        }
        return Timestamps.parseRfc3339(text)
                .orElseThrow(() -> new IllegalArgumentException(key + " is not an RFC 3339 time: " + text));
    }

    /** JSON readers hand numbers back as whatever type fits; all of them mean the same decimal. */
    private static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof String text) {
            return new BigDecimal(text);
        }
        throw new IllegalArgumentException("revenue is not a number");
    }
}
