package io.unmogrowp.engine.topology;

import io.unmogrowp.core.attribution.DecisionStatus;
import io.unmogrowp.core.attribution.PriorAttribution;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON form of a prior attribution as remembered with a recent decision. */
final class PriorCodec {

    private PriorCodec() {
    }

    static Map<String, Object> toMap(PriorAttribution p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conversion_event_id", p.conversionEventId());
        m.put("conversion_time", p.conversionTime().toEpochMilli());
        m.put("status", p.status().wireName());
        m.put("media_source", p.mediaSource());
        m.put("last_activity", p.lastActivity() == null ? null : p.lastActivity().toEpochMilli());
        return m;
    }

    static PriorAttribution fromMap(Map<String, Object> m) {
        Object lastActivity = m.get("last_activity");
        return new PriorAttribution(
                (String) m.get("conversion_event_id"),
                Instant.ofEpochMilli(((Number) m.get("conversion_time")).longValue()),
                DecisionStatus.fromWire((String) m.get("status")).orElseThrow(),
                (String) m.get("media_source"),
                lastActivity == null ? null : Instant.ofEpochMilli(((Number) lastActivity).longValue()));
    }
}
