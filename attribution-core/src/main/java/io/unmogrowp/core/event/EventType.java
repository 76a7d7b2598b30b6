package io.unmogrowp.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The kinds of event the platform ingests; the wire name is the lower-case snake form. */
public enum EventType {
    CLICK,
    IMPRESSION,
    INSTALL,
    REINSTALL,
    OPEN,
    IN_APP;

    private final String wireName = name().toLowerCase(Locale.ROOT);
    /** values() copies its array on every call, and ingestion looks a wire name up several times per event. */
    private static final EventType[] ALL = values();
    private static final List<Optional<EventType>> FOUND = Stream.of(ALL).map(Optional::of).toList();

    public String wireName() {
        return wireName;
    }

    /** Exact, case-sensitive lookup: "Click" is not a wire name. */
    public static Optional<EventType> fromWire(String wire) {
        for (int i = 0; i < ALL.length; i++) {
            if (ALL[i].wireName.equals(wire)) {
                return FOUND.get(i);
            }
        }
        return Optional.empty();
    }

    /** Ad interactions that can earn credit for a conversion. */
    public boolean isTouchpoint() {
        return this == CLICK || this == IMPRESSION;
    }

    /** Events the waterfall attributes. */
    public boolean isConversion() {
        return this == INSTALL || this == REINSTALL;
    }
}
