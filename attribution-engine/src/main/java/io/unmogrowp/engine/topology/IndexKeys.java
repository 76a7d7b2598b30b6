package io.unmogrowp.engine.topology;

import io.unmogrowp.core.event.DeviceId;
import java.util.ArrayList;
import java.util.List;

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

    static String event(String appId, String eventId) {
        return appId + "|" + eventId;
    }

    /** Every index key of something carrying these identifiers. */
    static List<String> all(String appId, String clickId, List<DeviceId> deviceIds, String fingerprint) {
        List<String> keys = new ArrayList<>(deviceIds.size() + 2);
        if (clickId != null) {
            keys.add(clickId(appId, clickId));
        }
        for (DeviceId id : deviceIds) {
            keys.add(device(appId, id));
        }
        if (fingerprint != null) {
            keys.add(fingerprint(appId, fingerprint));
        }
        return keys;
    }
}
