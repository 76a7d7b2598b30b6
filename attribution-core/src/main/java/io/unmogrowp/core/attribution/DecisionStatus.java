package io.unmogrowp.core.attribution;

import java.util.Locale;
import java.util.Optional;

/** Outcome of an attribution decision. */
public enum DecisionStatus {
    ATTRIBUTED,
    ORGANIC,
    REJECTED;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static Optional<DecisionStatus> fromWire(String wire) {
        for (DecisionStatus value : values()) {
            if (value.wireName.equals(wire)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
