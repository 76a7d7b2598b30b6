package io.unmogrowp.core.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A validated, normalised event.
 *
 * <p>Normalisation happens here so every event has one wire form: times are held at millisecond
 * precision (the precision of the wire format), and a missing device, campaign or properties map
 * becomes {@link Device#EMPTY}, {@link Campaign#EMPTY} or an empty map. Properties keep their
 * insertion order and cannot be modified.
 */
public record Event(
        String eventId,
        String appId,
        EventType eventType,
        Instant eventTime,
        Platform platform,
        Device device,
        String clickId,
        Campaign campaign,
        String eventName,
        BigDecimal revenue,
        String currency,
        Map<String, Object> properties,
        Instant receivedAt) {

    public Event {
        eventTime = toMillis(eventTime);
        receivedAt = toMillis(receivedAt);
        device = device == null ? Device.EMPTY : device;
        campaign = campaign == null ? Campaign.EMPTY : campaign;
        properties = properties == null || properties.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    private static Instant toMillis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
