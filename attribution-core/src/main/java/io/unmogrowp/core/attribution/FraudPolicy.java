package io.unmogrowp.core.attribution;

import java.util.Locale;
import java.util.Optional;

/**
 * What a fraud signal on the winning touchpoint does: FLAG keeps the attribution and lists the
 * reasons; REJECT turns the decision into {@link DecisionStatus#REJECTED}.
 */
public enum FraudPolicy {
    FLAG,
    REJECT;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static Optional<FraudPolicy> fromWire(String wire) {
        for (FraudPolicy value : values()) {
            if (value.wireName.equals(wire)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
