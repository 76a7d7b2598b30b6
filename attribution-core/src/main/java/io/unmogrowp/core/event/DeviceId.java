package io.unmogrowp.core.event;

import java.util.Objects;

/** One device identifier; {@code kind} is one of the constants below. */
public record DeviceId(String kind, String value) {

    public static final String ADVERTISING_ID = "advertising_id";
    public static final String IDFV = "idfv";
    public static final String ANDROID_ID = "android_id";

    public DeviceId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
