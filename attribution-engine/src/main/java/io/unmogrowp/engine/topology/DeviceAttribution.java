package io.unmogrowp.engine.topology;

import io.unmogrowp.core.attribution.DecisionStatus;
import io.unmogrowp.core.attribution.PriorAttribution;
import java.time.Instant;
import java.util.Map;

/** What the engine remembers about a device: its current attribution and when it was last active. */
record DeviceAttribution(
        String conversionEventId,
        Instant conversionTime,
        DecisionStatus status,
        String mediaSource,
        String campaign,
        String matchType,
        Instant lastActivity,
        boolean reengagement) {

    PriorAttribution asPrior() {
        return new PriorAttribution(conversionEventId, conversionTime, status, mediaSource, lastActivity);
    }

    DeviceAttribution activeAt(Instant at) {
        return new DeviceAttribution(conversionEventId, conversionTime, status, mediaSource, campaign, matchType,
                at, reengagement);
    }

    /** Reads the JSON form written before 2026-12-04 (DeviceAttributionCodec now). */
    static DeviceAttribution fromMap(Map<String, Object> m) {
        return new DeviceAttribution(
                (String) m.get("conversion_event_id"),
                Instant.ofEpochMilli(((Number) m.get("conversion_time")).longValue()),
                DecisionStatus.fromWire((String) m.get("status")).orElseThrow(),
                (String) m.get("media_source"),
                (String) m.get("campaign"),
                (String) m.get("match_type"),
                Instant.ofEpochMilli(((Number) m.get("last_activity")).longValue()),
                Boolean.TRUE.equals(m.get("reengagement")));
    }
}
