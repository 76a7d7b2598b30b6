package io.unmogrowp.engine.topology;

import java.time.Duration;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Event ids seen in the dedup window, found by point lookups instead of range scans (a range scan opens a
 * RocksDB iterator per segment, which was a tenth of the engine's time). Each id is stamped at the start
 * of its arrival's bucket, one dedup window long; a later copy looks in its own bucket and the one before.
 * So a copy arriving within one window of the first is always caught, and one arriving up to two windows
 * later may be. Arrival times that run backwards across a bucket boundary (ingestion instances with skewed
 * clocks) are covered by also looking one bucket ahead near its start.
 */
final class EventDedup {

    private static final byte[] SEEN = {1};
    /** How far arrival times may run backwards between two copies and still be caught across a boundary. */
    static final Duration ARRIVAL_SKEW = Duration.ofHours(1);

    private final WindowStore<String, byte[]> store;
    private final long bucketMillis;

    EventDedup(WindowStore<String, byte[]> store, Duration window) {
        this.store = store;
        this.bucketMillis = window.toMillis();
    }

    /** Retention the store needs: the bucket before the current one must still be there, plus the skew. */
    static Duration retention(Duration window) {
        return window.multipliedBy(2).plus(ARRIVAL_SKEW).plusDays(1);
    }

    /** True the first time this key arrives (and remembers it), false for every later copy in the window. */
    boolean firstSighting(String key, long arrivedAt) {
        long bucket = arrivedAt - Math.floorMod(arrivedAt, bucketMillis);
        if (store.fetch(key, bucket) != null || store.fetch(key, bucket - bucketMillis) != null) {
            return false;
        }
        long next = bucket + bucketMillis;
        if (next - arrivedAt <= ARRIVAL_SKEW.toMillis() && store.fetch(key, next) != null) {
            return false;
        }
        store.put(key, SEEN, bucket);
        return true;
    }
}
