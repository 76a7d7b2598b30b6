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

    /** Forgets devices inactive for longer than the retention; returns how many ids were removed. */
    int purgeInactiveBefore(Instant cutoff) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                DeviceAttributionCodec.decode(entry.value)
                        .filter(a -> a.lastActivity().isBefore(cutoff))
                        .ifPresent(a -> expired.add(entry.key));
            }
        }
        expired.forEach(store::delete);
        return expired.size();
    }
}
