package io.unmogrowp.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the event says about the device; every field may be null. */
public record Device(
        String advertisingId,
        String idfv,
        String androidId,
        String ip,
        String userAgent,
        String osVersion,
        String model,
        String locale) {

    public static final Device EMPTY = new Device(null, null, null, null, null, null, null, null);

    /**
     * iOS reports this advertising id when tracking is not authorised (and Android when ads
     * personalisation is off); it identifies no one, so it must never join two devices.
     */
    public static final String ZEROED_ADVERTISING_ID = "00000000-0000-0000-0000-000000000000";

    /** Usable identifiers, strongest first: advertising_id, idfv, android_id. */
    public List<DeviceId> ids() {
        List<DeviceId> ids = new ArrayList<>(3);
        if (isUsable(advertisingId) && !ZEROED_ADVERTISING_ID.equals(advertisingId)) {
            ids.add(new DeviceId(DeviceId.ADVERTISING_ID, advertisingId));
        }
        if (isUsable(idfv)) {
            ids.add(new DeviceId(DeviceId.IDFV, idfv));
        }
        if (isUsable(androidId)) {
            ids.add(new DeviceId(DeviceId.ANDROID_ID, androidId));
        }
        return List.copyOf(ids);
    }

    /** The first of {@link #ids()}, found without building the list (ingestion keys every record by it). */
    public Optional<String> strongestId() {
        if (isUsable(advertisingId) && !ZEROED_ADVERTISING_ID.equals(advertisingId)) {
            return Optional.of(advertisingId);
        }
        if (isUsable(idfv)) {
            return Optional.of(idfv);
        }
        return isUsable(androidId) ? Optional.of(androidId) : Optional.empty();
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    private static boolean isUsable(String value) {
        return value != null && !value.isBlank();
    }
}
