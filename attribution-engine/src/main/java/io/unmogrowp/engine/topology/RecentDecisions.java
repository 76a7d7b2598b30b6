package io.unmogrowp.engine.topology;

import io.unmogrowp.core.attribution.Conversion;
import io.unmogrowp.core.attribution.Decision;
import io.unmogrowp.core.attribution.PriorAttribution;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
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

    /** A conversion sharing an identifier with a touchpoint, and when it arrived (its entries' timestamp). */
    record Shared(String conversionEventId, long arrivedAt) {
    }

    private final WindowStore<String, byte[]> decisions;
    private final WindowStore<String, byte[]> index;
    private final Duration grace;
    private final RecentConversionKeys recentKeys;

    RecentDecisions(WindowStore<String, byte[]> decisions, WindowStore<String, byte[]> index, Duration grace) {
        this.decisions = decisions;
        this.index = index;
        this.grace = grace;
        this.recentKeys = new RecentConversionKeys(grace);
        try (KeyValueIterator<Windowed<String>, byte[]> all = index.all()) {
            while (all.hasNext()) {
                Windowed<String> key = all.next().key;
                recentKeys.add(key.key(), key.window().start());
            }
        }
    }

    void remember(Conversion c, PriorAttribution prior, Decision d, int version, long arrivedAt, boolean indexIt) {
        Entry entry = new Entry(c, prior, version, outcome(d), arrivedAt);
        decisions.put(IndexKeys.event(c.appId(), c.eventId()), RecentDecisionCodec.encode(entry), arrivedAt);
        if (indexIt) {
            byte[] id = c.eventId().getBytes(StandardCharsets.UTF_8);
            for (String key : IndexKeys.all(c.appId(), c.clickId(), c.deviceIds(), c.fingerprint())) {
                index.put(key, id, arrivedAt);
                recentKeys.add(key, arrivedAt);
            }
        }
    }

    /** Conversions that arrived within the grace period and share an identifier with these keys. */
    Collection<Shared> conversionsSharing(List<String> keys, long now) {
        Map<String, Shared> found = null;
        long from = now - grace.toMillis();
        for (String key : keys) {
            if (!recentKeys.mightBeShared(key, now)) {
                continue;
            }
            try (WindowStoreIterator<byte[]> it = index.fetch(key, from, now)) {
                while (it.hasNext()) {
                    KeyValue<Long, byte[]> entry = it.next();
                    String id = new String(entry.value, StandardCharsets.UTF_8);
                    if (found == null) {
                        found = new LinkedHashMap<>();
                    }
                    found.putIfAbsent(id, new Shared(id, entry.key));
                }
            }
        }
        return found == null ? List.of() : found.values();
    }

    /** The newest version of a conversion's decision, remembered at its arrival time. */
    Optional<Entry> find(String appId, Shared shared) {
        byte[] bytes = decisions.fetch(IndexKeys.event(appId, shared.conversionEventId()), shared.arrivedAt());
        return bytes == null ? Optional.empty() : RecentDecisionCodec.decode(bytes);
    }

    /** What a correction must change to be worth a new version: status, match and winning touchpoint. */
    static String outcome(Decision d) {
        return d.status().wireName() + "|" + d.matchType().wireName() + "|"
                + (d.winner() == null ? "" : d.winner().eventId()) + "|" + String.join(",", d.fraudReasons());
    }
}
