package io.unmogrowp.core.attribution;

import io.unmogrowp.core.event.DeviceId;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventFields;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.event.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event to attribute: usually an install or reinstall (an open may be attributed after
 * {@link ReengagementRule} says it is a re-engagement).
 *
 * @param installBeganAt when the store download began, from the event property
 *                       {@code install_begin_time}; null when not sent
 */
public record Conversion(
        String eventId,
        String appId,
        EventType type,
        Instant conversionTime,
        String clickId,
        List<DeviceId> deviceIds,
        String fingerprint,
        String ip,
        Instant installBeganAt) {

    public Conversion {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(conversionTime, "conversionTime");
        deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
    }

    /** @throws IllegalArgumentException for a click or impression (a caller bug) */
    public static Conversion from(Event event) {
        if (event.eventType().isTouchpoint()) {
            throw new IllegalArgumentException("event " + event.eventId() + " is a "
                    + event.eventType().wireName() + ", a touchpoint, not a conversion");
        }
        return new Conversion(event.eventId(), event.appId(), event.eventType(), event.eventTime(), event.clickId(),
                event.device().ids(),
                Fingerprint.of(event.device().ip(), event.device().userAgent(), event.device().osVersion()).orElse(null),
                event.device().ip(), installBeganAt(event.properties().get(EventFields.INSTALL_BEGIN_TIME_PROPERTY)));
    }

    private static Instant installBeganAt(Object value) {
        Optional<Instant> parsed = value instanceof String text
                ? Timestamps.parseRfc3339(text)
                : Timestamps.fromEpochMillis(value);
        return parsed.orElse(null);
    }
}
