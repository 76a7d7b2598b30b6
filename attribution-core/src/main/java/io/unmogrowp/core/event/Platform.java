package io.unmogrowp.core.event;

import java.util.Locale;
import java.util.Optional;

/** The platform an event came from; the wire name is lower case. */
public enum Platform {
    ANDROID,
    IOS,
    WEB;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    /** Exact, case-sensitive lookup. */
    public static Optional<Platform> fromWire(String wire) {
        for (Platform platform : values()) {
            if (platform.wireName.equals(wire)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
