package io.unmogrowp.customersuccess.onboarding;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The onboarding funnel, in order; the ordinal is the position in the funnel. */
public enum OnboardingStage {
    DISCOVERY,
    SETUP,
    INTEGRATION,
    TESTING,
    LAUNCHED;

    /** Regex for request validation; keep in sync with the constants. */
    public static final String PATTERN = "discovery|setup|integration|testing|launched";

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OnboardingStage> fromWire(String value) {
        return Arrays.stream(values()).filter(stage -> stage.wireName().equals(value)).findFirst();
    }

    public static String allowedValues() {
        return Arrays.stream(values()).map(OnboardingStage::wireName).collect(Collectors.joining(", "));
    }

    /** Share of the funnel completed once a customer is in this stage: discovery 0.2 ... launched 1.0. */
    public double progress() {
        return (ordinal() + 1) / (double) values().length;
    }
}
