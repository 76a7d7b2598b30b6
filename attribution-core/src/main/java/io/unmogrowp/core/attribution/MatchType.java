package io.unmogrowp.core.attribution;

import java.util.Locale;
import java.util.Optional;

/** How a touchpoint was tied to a conversion, strongest first; NONE for organic decisions. */
public enum MatchType {
    CLICK_ID,
    DEVICE_ID,
    FINGERPRINT,
    NONE;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static Optional<MatchType> fromWire(String wire) {
        for (MatchType value : values()) {
            if (value.wireName.equals(wire)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
