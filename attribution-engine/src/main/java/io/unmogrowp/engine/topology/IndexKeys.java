package io.unmogrowp.engine.topology;

import io.unmogrowp.core.event.DeviceId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Keys of the touchpoint and conversion indexes. The app id is part of every key, so a touchpoint of
 * one app can never be found for another app even though several apps share a partition.
 */
final class IndexKeys {

    private IndexKeys() {
    }

    static String clickId(String appId, String clickId) {
        return "c|" + appId + "|" + clickId;
    }

    static String device(String appId, DeviceId id) {
        return "d|" + appId + "|" + id.kind() + ":" + id.value();
    }

    static String fingerprint(String appId, String fingerprint) {
        return "f|" + appId + "|" + fingerprint;
    }

    /**
     * The touchpoint index's layout: the identifying value first (its first bytes are what tells keys apart;
     * an app id or kind first would give every key of an app the same prefix), padded to the prefix length,
     * since the prefix must never reach into the timestamp the window store appends to the key.
     */
    static List<String> touchpoint(String appId, String clickId, List<DeviceId> deviceIds, String fingerprint) {
        return keysOf(clickId, deviceIds, fingerprint, c -> touchpointClickId(appId, c),
                d -> touchpointDevice(appId, d), f -> touchpointFingerprint(appId, f));
    }

    static String touchpointClickId(String appId, String clickId) {
        return padded(clickId + "|c|" + appId);
    }

    static String touchpointDevice(String appId, DeviceId id) {
        return padded(id.value() + "|d:" + id.kind() + "|" + appId);
    }

    static String touchpointFingerprint(String appId, String fingerprint) {
        return padded(fingerprint + "|f|" + appId);
    }

    // Chars, not bytes: a UTF-8 string has at least as many bytes as chars.
    private static String padded(String key) {
        if (key.length() >= StoreNames.TOUCHPOINT_PREFIX_BYTES) {
            return key;
        }
        return key + "|".repeat(StoreNames.TOUCHPOINT_PREFIX_BYTES - key.length());
    }

    static String event(String appId, String eventId) {
        return appId + "|" + eventId;
    }

    /** Every index key of something carrying these identifiers. */
    static List<String> all(String appId, String clickId, List<DeviceId> deviceIds, String fingerprint) {
        return keysOf(clickId, deviceIds, fingerprint, c -> clickId(appId, c), d -> device(appId, d),
                f -> fingerprint(appId, f));
    }

    private static List<String> keysOf(String clickId, List<DeviceId> deviceIds, String fingerprint,
            Function<String, String> byClickId, Function<DeviceId, String> byDevice,
            Function<String, String> byFingerprint) {
        List<String> keys = new ArrayList<>(deviceIds.size() + 2);
        if (clickId != null) {
            keys.add(byClickId.apply(clickId));
        }
        for (DeviceId id : deviceIds) {
            keys.add(byDevice.apply(id));
        }
        if (fingerprint != null) {
            keys.add(byFingerprint.apply(fingerprint));
        }
        return keys;
    }
}
