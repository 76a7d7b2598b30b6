package io.unmogrowp.core.event;

import java.util.Locale;
import java.util.Optional;

/** The kinds of event the platform ingests; the wire name is the lower-case snake form. */
public enum EventType {
    CLICK,
    IMPRESSION,
    INSTALL,
    REINSTALL,
    OPEN,
    IN_APP;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    /** Exact, case-sensitive lookup: "Click" is not a wire name. */
    public static Optional<EventType> fromWire(String wire) {
        for (EventType type : values()) {
            if (type.wireName.equals(wire)) {
                return Optional.of(type);
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
