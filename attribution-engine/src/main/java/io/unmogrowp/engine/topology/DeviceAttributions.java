package io.unmogrowp.engine.topology;

import io.unmogrowp.core.event.DeviceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The device-attribution store: one entry per device id, the newest conversion wins. */
final class DeviceAttributions {

    /** Last activity is rewritten at most this often, so busy devices do not rewrite the store on every event. */
    static final Duration ACTIVITY_RESOLUTION = Duration.ofHours(1);

    private final KeyValueStore<String, byte[]> store;
    /** Where the next purge slice starts (null: the first key); in memory, so a restart sweeps from the start. */
    private String sweepFrom;

    DeviceAttributions(KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    /** The newest attribution known for any of the device's ids. */
    Optional<DeviceAttribution> find(String appId, List<DeviceId> ids) {
        DeviceAttribution newest = null;
        for (DeviceId id : ids) {
            byte[] bytes = store.get(IndexKeys.device(appId, id));
            if (bytes == null) {
                continue;
            }
            DeviceAttribution found = DeviceAttributionCodec.decode(bytes).orElse(null);
            if (found != null && (newest == null || found.conversionTime().isAfter(newest.conversionTime()))) {
                newest = found;
            }
        }
        return Optional.ofNullable(newest);
    }

    void put(String appId, List<DeviceId> ids, DeviceAttribution attribution) {
        byte[] bytes = DeviceAttributionCodec.encode(attribution);
        for (DeviceId id : ids) {
            store.put(IndexKeys.device(appId, id), bytes);
        }
    }

    void touch(String appId, List<DeviceId> ids, DeviceAttribution current, Instant at) {
        if (current.lastActivity().plus(ACTIVITY_RESOLUTION).isBefore(at)) {
            put(appId, ids, current.activeAt(at));
        }
    }

    /**
     * Forgets devices inactive since before the cutoff, looking at no more than {@code maxEntries} entries
     * from where the previous call stopped (the whole store, scanned at once, would hold the stream thread
     * for as long as it takes to read months of devices). Returns how many ids were removed.
     */
    int purgeInactiveBefore(Instant cutoff, int maxEntries) {
        List<String> expired = new ArrayList<>();
        String last = null;
        int seen = 0;
        try (KeyValueIterator<String, byte[]> slice = store.range(sweepFrom, null)) {
            while (seen < maxEntries && slice.hasNext()) {
                KeyValue<String, byte[]> entry = slice.next();
                seen++;
                last = entry.key;
                DeviceAttributionCodec.decode(entry.value)
                        .filter(a -> a.lastActivity().isBefore(cutoff))
                        .ifPresent(a -> expired.add(entry.key));
            }
            // At the end of the store the next sweep starts again from the first key.
            sweepFrom = slice.hasNext() ? last + "\u0000" : null;
        }
        expired.forEach(store::delete);
        return expired.size();
    }
}
