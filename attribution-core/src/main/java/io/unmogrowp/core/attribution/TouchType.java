package io.unmogrowp.core.attribution;

import java.util.Locale;
import java.util.Optional;

/** The kind of ad interaction behind a touchpoint. */
public enum TouchType {
    CLICK,
    IMPRESSION;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static Optional<TouchType> fromWire(String wire) {
        for (TouchType value : values()) {
            if (value.wireName.equals(wire)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
