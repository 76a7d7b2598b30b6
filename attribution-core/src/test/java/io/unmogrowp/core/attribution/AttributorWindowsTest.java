package io.unmogrowp.core.attribution;

import static io.unmogrowp.core.attribution.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.core.text.DurationText;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributorWindowsTest {

    static Stream<Arguments> windows() {
        BiFunction<String, Duration, Touchpoint> clickById = Fixtures::clickById;
        BiFunction<String, Duration, Touchpoint> clickByDevice = Fixtures::clickByDevice;
        BiFunction<String, Duration, Touchpoint> impressionByDevice = Fixtures::impressionByDevice;
        BiFunction<String, Duration, Touchpoint> clickByFingerprint = Fixtures::clickByFingerprint;
        BiFunction<String, Duration, Touchpoint> impressionByFingerprint = Fixtures::impressionByFingerprint;
        return Stream.of(
                Arguments.of("click by click id", clickById, days(7), MatchType.CLICK_ID, "7-day click lookback"),
                Arguments.of("click by device id", clickByDevice, days(7), MatchType.DEVICE_ID, "7-day click lookback"),
                Arguments.of("impression by device id", impressionByDevice, hours(24), MatchType.DEVICE_ID,
                        "24-hour impression lookback"),
                Arguments.of("click by fingerprint", clickByFingerprint, hours(6), MatchType.FINGERPRINT,
                        "6-hour fingerprint lookback"),
                Arguments.of("impression by fingerprint", impressionByFingerprint, hours(6), MatchType.FINGERPRINT,
                        "6-hour fingerprint lookback"));
    }

    @ParameterizedTest(name = "{0}: exactly the lookback counts")
    @MethodSource("windows")
    void touchExactlyOneLookbackBeforeCounts(String name, BiFunction<String, Duration, Touchpoint> touch,
                                             Duration window, MatchType matchType, String windowName) {
        Decision decision = decide(found(touch.apply("t1", window)));

        assertEquals(DecisionStatus.ATTRIBUTED, decision.status());
        assertEquals("t1", decision.touchpointEventId());
        assertEquals(matchType, decision.matchType());
        assertEquals(window.getSeconds(), decision.ctitSeconds());
        assertTrue(explainOf(decision, "t1").reason().contains("within the " + windowName),
                explainOf(decision, "t1").reason());
    }

    @ParameterizedTest(name = "{0}: one millisecond more does not")
    @MethodSource("windows")
    void touchOneMillisecondOutsideTheLookbackDoesNotCount(String name, BiFunction<String, Duration, Touchpoint> touch,
                                                           Duration window, MatchType matchType, String windowName) {
        Decision decision = decide(found(touch.apply("t1", window.plusMillis(1))));

        assertEquals(DecisionStatus.ORGANIC, decision.status());
        assertEquals(MatchType.NONE, decision.matchType());
        assertNull(decision.winner());
        ExplainEntry entry = explainOf(decision, "t1");
        assertEquals(ExplainEntry.LOST, entry.outcome());
        assertEquals(matchType, entry.matchType());
        assertEquals("outside the " + windowName + " (" + DurationText.describe(window)
                + " 1ms before the install)", entry.reason());
    }

    @Test
    void outsideReasonShowsTheAge() {
        Decision decision = decide(found(clickByDevice("old", days(8).plusHours(2))));

        assertEquals("outside the 7-day click lookback (8d 2h before the install)", explainOf(decision, "old").reason());
    }

    @Test
    void fingerprintImpressionUsesTheShorterOfImpressionAndFingerprintLookbacks() {
        AttributionSettings settings = new AttributionSettings(days(7), hours(2), hours(6), days(90), days(7),
                AttributionModel.LAST_TOUCH, FraudPolicy.FLAG, List.of(), Duration.ofSeconds(10));

        assertEquals(DecisionStatus.ATTRIBUTED, decide(found(impressionByFingerprint("i", hours(2))), settings).status());
        Decision outside = decide(found(impressionByFingerprint("i", hours(2).plusMillis(1))), settings);
        assertEquals(DecisionStatus.ORGANIC, outside.status());
        assertEquals("outside the 2-hour impression lookback (2h 1ms before the install)",
                explainOf(outside, "i").reason());
        // A fingerprint click keeps the full fingerprint lookback.
        assertEquals(DecisionStatus.ATTRIBUTED, decide(found(clickByFingerprint("c", hours(6))), settings).status());
    }

    @Test
    void lookbacksFollowTheAppSettings() {
        AttributionSettings oneDayClicks = new AttributionSettings(days(1), hours(24), hours(6), days(90), days(7),
                AttributionModel.LAST_TOUCH, FraudPolicy.FLAG, List.of(), Duration.ofSeconds(10));

        Decision decision = decide(found(clickByDevice("c", days(2))), oneDayClicks);
        assertEquals(DecisionStatus.ORGANIC, decision.status());
        assertEquals("outside the 24-hour click lookback (2d before the install)", explainOf(decision, "c").reason());
    }

    @Test
    void touchAtTheVeryMillisecondOfTheConversionCounts() {
        Decision decision = decide(found(impressionByDevice("same", Duration.ZERO)));

        assertEquals(DecisionStatus.ATTRIBUTED, decision.status());
        assertEquals(0L, decision.ctitSeconds());
    }

    @Test
    void touchOneMillisecondAfterTheConversionLoses() {
        Touchpoint later = at(clickByDevice("later", Duration.ZERO), INSTALL_TIME.plusMillis(1));
        Decision decision = decide(found(later));

        assertEquals(DecisionStatus.ORGANIC, decision.status());
        assertEquals("after the conversion (1ms after the install)", explainOf(decision, "later").reason());
    }

    @Test
    void ctitIsWholeSecondsRoundedDown() {
        Decision decision = decide(found(clickByDevice("c", Duration.ofMillis(90_999))));

        assertEquals(90L, decision.ctitSeconds());
    }
}
