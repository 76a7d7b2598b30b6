package io.unmogrowp.core.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReengagementRuleTest {

    private static final Instant OPEN = Instant.parse("2026-12-03T18:00:00Z");
    private final ReengagementRule rule = new ReengagementRule();
    private final AttributionSettings settings = AttributionSettings.defaults();

    @Test
    void exactlySevenDaysOfInactivityIsAReengagement() {
        assertTrue(rule.isReengagement(OPEN.minus(Duration.ofDays(7)), OPEN, settings));
    }

    @Test
    void oneMillisecondShortOfSevenDaysIsNot() {
        assertFalse(rule.isReengagement(OPEN.minus(Duration.ofDays(7)).plusMillis(1), OPEN, settings));
    }

    @Test
    void longInactivityIsAReengagement() {
        assertTrue(rule.isReengagement(OPEN.minus(Duration.ofDays(40)), OPEN, settings));
    }

    @Test
    void noEarlierActivityIsNotAReengagement() {
        assertFalse(rule.isReengagement(null, OPEN, settings));
    }

    @Test
    void inactivityFollowsTheSettings() {
        AttributionSettings oneDay = new AttributionSettings(Duration.ofDays(7), Duration.ofHours(24),
                Duration.ofHours(6), Duration.ofDays(90), Duration.ofDays(1), AttributionModel.LAST_TOUCH,
                FraudPolicy.FLAG, null, Duration.ofSeconds(10));
        assertTrue(rule.isReengagement(OPEN.minus(Duration.ofDays(2)), OPEN, oneDay));
        assertFalse(rule.isReengagement(OPEN.minus(Duration.ofDays(2)), OPEN, settings));
    }
}
