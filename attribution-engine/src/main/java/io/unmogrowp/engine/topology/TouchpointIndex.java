package io.unmogrowp.engine.topology;

import io.unmogrowp.core.attribution.AttributionSettings;
import io.unmogrowp.core.attribution.CandidateSet;
import io.unmogrowp.core.attribution.Conversion;
import io.unmogrowp.core.attribution.Touchpoint;
import io.unmogrowp.core.event.DeviceId;
import io.unmogrowp.engine.codec.TouchpointCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Touchpoints in a window store that keeps duplicates, stamped with their touch time, so expired
 * touchpoints leave with their segment instead of being kept forever.
 */
final class TouchpointIndex {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(TouchpointIndex.class);

    /** Candidates up to this long after a conversion are fetched too, so explain can say why they lost. */
    static final Duration AFTER_CONVERSION = Duration.ofHours(1);

    private final WindowStore<String, byte[]> store;

    TouchpointIndex(WindowStore<String, byte[]> store) {
        this.store = store;
    }

    void add(Touchpoint t) {
        byte[] value = TouchpointCodec.encode(t);
        long at = t.touchTime().toEpochMilli();
        for (String key : IndexKeys.touchpoint(t.appId(), t.clickId(), t.deviceIds(), t.fingerprint())) {
            store.put(key, value, at);
        }
    }

    CandidateSet candidates(Conversion c, AttributionSettings settings) {
        long to = c.conversionTime().plus(AFTER_CONVERSION).toEpochMilli();
        long from = c.conversionTime().minus(longestLookback(settings)).toEpochMilli() - 1;
        List<Touchpoint> byClickId = c.clickId() == null
                ? List.of()
                : fetch(IndexKeys.touchpointClickId(c.appId(), c.clickId()), from, to);
        List<Touchpoint> byDevice = new ArrayList<>();
        for (DeviceId id : c.deviceIds()) {
            byDevice.addAll(fetch(IndexKeys.touchpointDevice(c.appId(), id), from, to));
        }
        List<Touchpoint> byFingerprint = c.fingerprint() == null
                ? List.of()
                : fetch(IndexKeys.touchpointFingerprint(c.appId(), c.fingerprint()), from, to);
        return new CandidateSet(byClickId, byDevice, byFingerprint);
    }

    private static Duration longestLookback(AttributionSettings s) {
        Duration longest = s.clickLookback();
        if (s.impressionLookback().compareTo(longest) > 0) {
            longest = s.impressionLookback();
        }
        if (s.fingerprintLookback().compareTo(longest) > 0) {
            longest = s.fingerprintLookback();
        }
        return longest;
    }

    // The long overload: the Instant one formats an error-message prefix on every call.
    private List<Touchpoint> fetch(String key, long from, long to) {
        List<Touchpoint> found = new ArrayList<>();
        try (WindowStoreIterator<byte[]> it = store.fetch(key, from, to)) {
            while (it.hasNext()) {
                byte[] value = it.next().value;
                try {
                    found.add(TouchpointCodec.decode(value));
                } catch (IllegalArgumentException unreadable) {
                    // An entry this version cannot read (older format, corruption) must not stop the stream.
                    LOG.warnf("skipping an unreadable touchpoint under %s: %s", key, unreadable.getMessage());
                }
            }
        }
        return found;
    }
}
