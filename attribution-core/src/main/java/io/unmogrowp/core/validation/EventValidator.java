package io.unmogrowp.core.validation;

import static io.unmogrowp.core.event.EventFields.*;
import static io.unmogrowp.core.validation.RejectionReasons.*;

import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.Device;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.event.Platform;
import io.unmogrowp.core.event.Timestamps;
import io.unmogrowp.core.net.IpAddresses;
import io.unmogrowp.core.text.DurationText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates one event as parsed from JSON into plain Java values (maps, lists, strings, numbers,
 * booleans, null) and returns the normalised {@link Event} or the first {@link Rejection}.
 *
 * <p>Check order (the first failure is reported):
 * <ol>
 *   <li>the event is an object ({@code not_an_object}, field {@code "event"});</li>
 *   <li>no unknown top-level field, in the object's own key order ({@code unknown_field});</li>
 *   <li>{@code event_id}, {@code app_id} (then {@code app_mismatch}), {@code event_type},
 *       {@code event_time} (then {@code event_in_future}, {@code event_too_old});</li>
 *   <li>{@code platform}; {@code device} (unknown keys, then fields in contract order);
 *       {@code click_id}; {@code campaign} (likewise);</li>
 *   <li>{@code event_name}, {@code revenue}, {@code currency}, {@code properties}.</li>
 * </ol>
 *
 * <p>A JSON null reads as an absent field. Normalisation: blank device and campaign strings
 * become absent, {@code device.ip} is written in canonical form, {@code event_time} is
 * truncated to milliseconds, and {@code received_at} is set.
 */
public final class EventValidator {

    /** "device.ip" and the like, built once: concatenated per field they were a tenth of ingestion's allocation. */
    private static final String[] DEVICE_PATHS = paths(DEVICE, DEVICE_FIELDS);
    private static final String[] CAMPAIGN_PATHS = paths(CAMPAIGN, CAMPAIGN_FIELDS);

    private final ValidationLimits limits;

    public EventValidator(ValidationLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @param rawEvent   the event as parsed from JSON
     * @param keyAppId   the app fixed by the ingest key; null skips the {@code app_mismatch} check
     *                   (for callers that have already authenticated the app another way)
     * @param receivedAt when ingestion received the event; the time limits are measured from it
     */
    public ValidationResult validate(Object rawEvent, String keyAppId, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (!(rawEvent instanceof Map<?, ?> raw)) {
            return new Invalid(new Rejection(Rejection.WHOLE_EVENT, NOT_AN_OBJECT,
                    "each event must be a JSON object, not " + FieldChecks.jsonType(rawEvent)));
        }
        Checked<Void> known = FieldChecks.noUnknownFields(raw, CLIENT_FIELDS, "");
        if (known.failed()) {
            return known.invalid();
        }
        Checked<String> eventId = FieldChecks.requiredId(raw.get(EVENT_ID), EVENT_ID, limits.maxIdLength());
        if (eventId.failed()) {
            return eventId.invalid();
        }
        Checked<String> appId = appId(raw.get(APP_ID), keyAppId);
        if (appId.failed()) {
            return appId.invalid();
        }
        Checked<EventType> eventType = eventType(raw.get(EVENT_TYPE));
        if (eventType.failed()) {
            return eventType.invalid();
        }
        Checked<Instant> eventTime = eventTime(raw.get(EVENT_TIME), receivedAt);
        if (eventTime.failed()) {
            return eventTime.invalid();
        }
        Checked<Platform> platform = platform(raw.get(PLATFORM));
        if (platform.failed()) {
            return platform.invalid();
        }
        Checked<Device> device = device(raw.get(DEVICE));
        if (device.failed()) {
            return device.invalid();
        }
        Checked<String> clickId = FieldChecks.optionalId(raw.get(CLICK_ID), CLICK_ID, limits.maxIdLength());
        if (clickId.failed()) {
            return clickId.invalid();
        }
        Checked<Campaign> campaign = campaign(raw.get(CAMPAIGN));
        if (campaign.failed()) {
            return campaign.invalid();
        }
        Checked<String> eventName = eventName(raw.get(EVENT_NAME), eventType.value());
        if (eventName.failed()) {
            return eventName.invalid();
        }
        Checked<BigDecimal> revenue = revenue(raw.get(REVENUE), eventType.value());
        if (revenue.failed()) {
            return revenue.invalid();
        }
        Checked<String> currency = currency(raw.get(CURRENCY), revenue.value(), eventType.value());
        if (currency.failed()) {
            return currency.invalid();
        }
        Checked<Map<String, Object>> properties = PropertiesCheck.properties(raw.get(PROPERTIES), limits);
        if (properties.failed()) {
            return properties.invalid();
        }
        return new Valid(new Event(eventId.value(), appId.value(), eventType.value(), eventTime.value(),
                platform.value(), device.value(), clickId.value(), campaign.value(), eventName.value(),
                revenue.value(), currency.value(), properties.value(), receivedAt));
    }

    private Checked<String> appId(Object value, String keyAppId) {
        Checked<String> appId = FieldChecks.requiredId(value, APP_ID, limits.maxIdLength());
        if (!appId.failed() && keyAppId != null && !keyAppId.equals(appId.value())) {
            return Checked.fail(APP_ID, APP_MISMATCH, "app_id " + appId.value()
                    + " does not match the app of the ingest key");
        }
        return appId;
    }

    private static Checked<EventType> eventType(Object value) {
        if (value == null) {
            return Checked.fail(EVENT_TYPE, MISSING_FIELD, "event_type is required");
        }
        if (!(value instanceof String wire)) {
            return Checked.fail(EVENT_TYPE, WRONG_TYPE, "event_type must be a string, not " + FieldChecks.jsonType(value));
        }
        Optional<EventType> type = EventType.fromWire(wire);
        return type.map(Checked::ok).orElseGet(() -> Checked.fail(EVENT_TYPE, UNKNOWN_EVENT_TYPE,
                "event_type must be one of click, impression, install, reinstall, open, in_app"));
    }

    private Checked<Instant> eventTime(Object value, Instant receivedAt) {
        if (value == null) {
            return Checked.fail(EVENT_TIME, MISSING_FIELD, "event_time is required");
        }
        Optional<Instant> parsed;
        if (value instanceof String text) {
            parsed = Timestamps.parseRfc3339(text);
        } else if (value instanceof Number) {
            parsed = Timestamps.fromEpochMillis(value);
        } else {
            return Checked.fail(EVENT_TIME, WRONG_TYPE, "event_time must be an RFC 3339 string or epoch milliseconds, not "
                    + FieldChecks.jsonType(value));
        }
        if (parsed.isEmpty()) {
            return Checked.fail(EVENT_TIME, INVALID_TIMESTAMP, "event_time must be an RFC 3339 time with an offset "
                    + "(2026-12-03T18:00:00Z) or whole non-negative epoch milliseconds");
        }
        Instant eventTime = parsed.get();
        Duration ahead = Duration.between(receivedAt, eventTime);
        if (ahead.compareTo(limits.maxFuture()) > 0) {
            return Checked.fail(EVENT_TIME, EVENT_IN_FUTURE, "event_time is " + DurationText.describe(ahead)
                    + " after the time it was received; at most " + DurationText.describe(limits.maxFuture())
                    + " of clock skew is accepted");
        }
        Duration age = Duration.between(eventTime, receivedAt);
        if (age.compareTo(limits.maxPast()) > 0) {
            return Checked.fail(EVENT_TIME, EVENT_TOO_OLD, "event_time is " + DurationText.describe(age)
                    + " before the time it was received; at most " + DurationText.describe(limits.maxPast())
                    + " is accepted");
        }
        return Checked.ok(eventTime);
    }

    private static Checked<Platform> platform(Object value) {
        if (value == null) {
            return Checked.ok(null);
        }
        if (!(value instanceof String wire)) {
            return Checked.fail(PLATFORM, WRONG_TYPE, "platform must be a string, not " + FieldChecks.jsonType(value));
        }
        return Platform.fromWire(wire).map(Checked::ok).orElseGet(() -> Checked.fail(PLATFORM, UNKNOWN_PLATFORM,
                "platform must be one of android, ios, web"));
    }

    private Checked<Device> device(Object value) {
        Checked<Map<?, ?>> object = FieldChecks.optionalObject(value, DEVICE);
        if (object.failed()) {
            return Checked.fail(object.rejection());
        }
        if (object.value() == null) {
            return Checked.ok(Device.EMPTY);
        }
        Map<?, ?> raw = object.value();
        Checked<Void> known = FieldChecks.noUnknownFields(raw, DEVICE_FIELDS, DEVICE + ".");
        if (known.failed()) {
            return Checked.fail(known.rejection());
        }
        String[] values = new String[DEVICE_FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            String name = DEVICE_FIELDS.get(i);
            Checked<String> text = FieldChecks.optionalText(raw.get(name), DEVICE_PATHS[i], limits.maxStringLength());
            if (text.failed()) {
                return Checked.fail(text.rejection());
            }
            values[i] = text.value();
        }
        int ipIndex = DEVICE_FIELDS.indexOf(IP);
        if (values[ipIndex] != null) {
            Optional<String> canonicalIp = IpAddresses.canonical(values[ipIndex]);
            if (canonicalIp.isEmpty()) {
                return Checked.fail(DEVICE + "." + IP, INVALID_VALUE,
                        "device.ip must be an IPv4 or IPv6 address literal");
            }
            values[ipIndex] = canonicalIp.get();
        }
        return Checked.ok(new Device(values[0], values[1], values[2], values[3], values[4], values[5],
                values[6], values[7]));
    }

    private Checked<Campaign> campaign(Object value) {
        Checked<Map<?, ?>> object = FieldChecks.optionalObject(value, CAMPAIGN);
        if (object.failed()) {
            return Checked.fail(object.rejection());
        }
        if (object.value() == null) {
            return Checked.ok(Campaign.EMPTY);
        }
        Map<?, ?> raw = object.value();
        Checked<Void> known = FieldChecks.noUnknownFields(raw, CAMPAIGN_FIELDS, CAMPAIGN + ".");
        if (known.failed()) {
            return Checked.fail(known.rejection());
        }
        String[] values = new String[CAMPAIGN_FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            String name = CAMPAIGN_FIELDS.get(i);
            Checked<String> text = FieldChecks.optionalText(raw.get(name), CAMPAIGN_PATHS[i], limits.maxStringLength());
            if (text.failed()) {
                return Checked.fail(text.rejection());
            }
            values[i] = text.value();
        }
        return Checked.ok(new Campaign(values[0], values[1], values[2], values[3], values[4], values[5]));
    }

    private static String[] paths(String object, List<String> fields) {
        return fields.stream().map(field -> object + "." + field).toArray(String[]::new);
    }

    private Checked<String> eventName(Object value, EventType type) {
        Checked<String> name = FieldChecks.optionalText(value, EVENT_NAME, limits.maxStringLength());
        if (!name.failed() && name.value() == null && type == EventType.IN_APP) {
            return Checked.fail(EVENT_NAME, MISSING_FIELD, "event_name is required for in_app events");
        }
        return name;
    }

    private static Checked<BigDecimal> revenue(Object value, EventType type) {
        if (value == null) {
            return Checked.ok(null);
        }
        if (type != EventType.IN_APP) {
            return Checked.fail(REVENUE, REVENUE_NOT_ALLOWED, "revenue is only accepted on in_app events, not on "
                    + type.wireName());
        }
        return RevenueCheck.amount(value, REVENUE);
    }

    private static Checked<String> currency(Object value, BigDecimal revenue, EventType type) {
        if (value == null) {
            return revenue == null ? Checked.ok(null)
                    : Checked.fail(CURRENCY, MISSING_CURRENCY, "currency is required when revenue is sent");
        }
        if (type != EventType.IN_APP) {
            return Checked.fail(CURRENCY, REVENUE_NOT_ALLOWED, "currency is only accepted on in_app events, not on "
                    + type.wireName());
        }
        if (!(value instanceof String code)) {
            return Checked.fail(CURRENCY, WRONG_TYPE, "currency must be a string, not " + FieldChecks.jsonType(value));
        }
        if (!CurrencyCodes.isValid(code)) {
            return Checked.fail(CURRENCY, INVALID_CURRENCY, "currency must be an upper-case ISO 4217 code such as USD or EUR");
        }
        return Checked.ok(code);
    }
}
