package io.unmogrowp.engine.topology;

import io.unmogrowp.core.attribution.Conversion;
import io.unmogrowp.core.attribution.Decision;
import io.unmogrowp.core.attribution.PriorAttribution;
import io.unmogrowp.engine.codec.ConversionCodec;
import io.unmogrowp.engine.codec.Json;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Decisions still open to correction by a late touchpoint, found through the conversion index. Both
 * stores are window stores stamped with the conversion's arrival, so entries leave after the grace period.
 */
final class RecentDecisions {

    /** A remembered decision: enough to re-decide the conversion and to tell whether the outcome changed. */
    record Entry(Conversion conversion, PriorAttribution prior, int version, String outcome, long arrivedAt) {
    }

    private final WindowStore<String, byte[]> decisions;
    private final WindowStore<String, byte[]> index;
    private final Duration grace;

    RecentDecisions(WindowStore<String, byte[]> decisions, WindowStore<String, byte[]> index, Duration grace) {
        this.decisions = decisions;
        this.index = index;
        this.grace = grace;
    }

    void remember(Conversion c, PriorAttribution prior, Decision d, int version, long arrivedAt, boolean indexIt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conversion", ConversionCodec.toMap(c));
        if (prior != null) {
            m.put("prior", PriorCodec.toMap(prior));
        }
        m.put("version", version);
        m.put("outcome", outcome(d));
        m.put("arrived_at", arrivedAt);
        decisions.put(IndexKeys.event(c.appId(), c.eventId()), Json.write(m), arrivedAt);
        if (indexIt) {
            byte[] id = c.eventId().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (String key : IndexKeys.all(c.appId(), c.clickId(), c.deviceIds(), c.fingerprint())) {
                index.put(key, id, arrivedAt);
            }
        }
    }

    /** Conversion ids that arrived within the grace period and share an identifier with these keys. */
    Set<String> conversionsSharing(List<String> keys, long now) {
        Set<String> ids = new LinkedHashSet<>();
        long from = now - grace.toMillis();
        for (String key : keys) {
            try (WindowStoreIterator<byte[]> it = index.fetch(key, from, now)) {
                while (it.hasNext()) {
                    ids.add(new String(it.next().value, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    Optional<Entry> find(String appId, String conversionEventId, long now) {
        Entry latest = null;
        try (WindowStoreIterator<byte[]> it = decisions.fetch(IndexKeys.event(appId, conversionEventId),
                now - grace.toMillis(), now)) {
            while (it.hasNext()) {
                Map<String, Object> m = Json.readMap(it.next().value).orElse(null);
                if (m == null) {
                    continue;
                }
                Map<String, Object> prior = (Map<String, Object>) m.get("prior");
                latest = new Entry(
                        ConversionCodec.fromMap((Map<String, Object>) m.get("conversion")),
                        prior == null ? null : PriorCodec.fromMap(prior),
                        ((Number) m.get("version")).intValue(),
                        (String) m.get("outcome"),
                        ((Number) m.get("arrived_at")).longValue());
            }
        }
        return Optional.ofNullable(latest);
    }

    /** What a correction must change to be worth a new version: status, match and winning touchpoint. */
    static String outcome(Decision d) {
        return d.status().wireName() + "|" + d.matchType().wireName() + "|"
                + (d.winner() == null ? "" : d.winner().eventId()) + "|" + String.join(",", d.fraudReasons());
    }
}
