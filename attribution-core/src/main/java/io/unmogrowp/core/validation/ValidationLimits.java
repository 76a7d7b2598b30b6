package io.unmogrowp.core.validation;

import java.time.Duration;
import java.util.Objects;

/** Size and time limits for incoming events. */
public record ValidationLimits(
        int maxIdLength,
        int maxStringLength,
        int maxProperties,
        int maxPropertyKeyLength,
        int maxPropertyValueLength,
        Duration maxFuture,
        Duration maxPast) {

    public static final int DEFAULT_MAX_ID_LENGTH = 128;
    public static final int DEFAULT_MAX_STRING_LENGTH = 512;
    public static final int DEFAULT_MAX_PROPERTIES = 50;
    public static final int DEFAULT_MAX_PROPERTY_KEY_LENGTH = 64;
    public static final int DEFAULT_MAX_PROPERTY_VALUE_LENGTH = 256;
    /** Device clocks drift; an hour of skew is tolerated. */
    public static final Duration DEFAULT_MAX_FUTURE = Duration.ofHours(1);
    /** Matches the longest lookback a customer usually needs, so offline SDK batches still count. */
    public static final Duration DEFAULT_MAX_PAST = Duration.ofDays(30);

    public ValidationLimits {
        Objects.requireNonNull(maxFuture, "maxFuture");
        Objects.requireNonNull(maxPast, "maxPast");
        if (maxIdLength <= 0 || maxStringLength <= 0 || maxProperties < 0
                || maxPropertyKeyLength <= 0 || maxPropertyValueLength <= 0
                || maxFuture.isNegative() || maxPast.isNegative()) {
            throw new IllegalArgumentException("validation limits must be positive: " + maxIdLength + ", "
                    + maxStringLength + ", " + maxProperties + ", " + maxPropertyKeyLength + ", "
                    + maxPropertyValueLength + ", " + maxFuture + ", " + maxPast);
        }
    }

    public static ValidationLimits defaults() {
        return new ValidationLimits(DEFAULT_MAX_ID_LENGTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_PROPERTIES,
                DEFAULT_MAX_PROPERTY_KEY_LENGTH, DEFAULT_MAX_PROPERTY_VALUE_LENGTH, DEFAULT_MAX_FUTURE,
                DEFAULT_MAX_PAST);
    }

    /** The defaults with another accepted age, the one limit deployments commonly tune. */
    public ValidationLimits withMaxPast(Duration newMaxPast) {
        return new ValidationLimits(maxIdLength, maxStringLength, maxProperties, maxPropertyKeyLength,
                maxPropertyValueLength, maxFuture, newMaxPast);
    }
}
