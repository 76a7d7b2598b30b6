package io.unmogrowp.core.attribution;

import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.DeviceId;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A click or impression that may earn credit for a conversion. */
public record Touchpoint(
        String eventId,
        String appId,
        TouchType touchType,
        Instant touchTime,
        String clickId,
        List<DeviceId> deviceIds,
        String fingerprint,
        String ip,
        Campaign campaign) {

    public Touchpoint {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(touchType, "touchType");
        Objects.requireNonNull(touchTime, "touchTime");
        deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
        campaign = campaign == null ? Campaign.EMPTY : campaign;
    }

    /** @throws IllegalArgumentException for an event that is not a click or impression (a caller bug) */
    public static Touchpoint from(Event event) {
        TouchType touchType;
        if (event.eventType() == EventType.CLICK) {
            touchType = TouchType.CLICK;
        } else if (event.eventType() == EventType.IMPRESSION) {
            touchType = TouchType.IMPRESSION;
        } else {
            throw new IllegalArgumentException("event " + event.eventId() + " is a "
                    + event.eventType().wireName() + ", not a click or impression");
        }
        return new Touchpoint(event.eventId(), event.appId(), touchType, event.eventTime(), event.clickId(),
                event.device().ids(),
                Fingerprint.of(event.device().ip(), event.device().userAgent(), event.device().osVersion()).orElse(null),
                event.device().ip(), event.campaign());
    }
}
