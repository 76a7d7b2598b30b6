package io.unmogrowp.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The platform an event came from; the wire name is lower case. */
public enum Platform {
    ANDROID,
    IOS,
    WEB;

    private final String wireName = name().toLowerCase(Locale.ROOT);
    /** values() copies its array on every call, and ingestion looks a wire name up several times per event. */
    private static final Platform[] ALL = values();
    private static final List<Optional<Platform>> FOUND = Stream.of(ALL).map(Optional::of).toList();

    public String wireName() {
        return wireName;
    }

    /** Exact, case-sensitive lookup. */
    public static Optional<Platform> fromWire(String wire) {
        for (int i = 0; i < ALL.length; i++) {
            if (ALL[i].wireName.equals(wire)) {
                return FOUND.get(i);
            }
        }
        return Optional.empty();
    }
}
