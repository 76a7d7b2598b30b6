package io.unmogrowp.engine.topology;

import io.unmogrowp.core.attribution.DecisionStatus;
import io.unmogrowp.core.attribution.PriorAttribution;
import java.time.Instant;
import java.util.Map;

/** Reads the JSON form of a remembered prior attribution, as written before 2026-12-04 (RecentDecisionCodec now). */
final class PriorCodec {

    private PriorCodec() {
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
