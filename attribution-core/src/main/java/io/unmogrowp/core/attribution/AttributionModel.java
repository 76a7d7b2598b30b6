package io.unmogrowp.core.attribution;

import java.util.Locale;
import java.util.Optional;

/** Multi-touch credit models for reports; see {@link AttributionModels}. */
public enum AttributionModel {
    LAST_TOUCH,
    FIRST_TOUCH,
    LINEAR,
    TIME_DECAY,
    POSITION_BASED;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static Optional<AttributionModel> fromWire(String wire) {
        for (AttributionModel value : values()) {
            if (value.wireName.equals(wire)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
