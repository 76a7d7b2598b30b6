package io.unmogrowp.core.attribution;

import static io.unmogrowp.core.attribution.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.core.event.EventType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttributorReinstallTest {

    private static PriorAttribution priorAgo(Duration ago) {
        Instant priorTime = INSTALL_TIME.minus(ago);
        return new PriorAttribution("evt-first-install", priorTime, DecisionStatus.ATTRIBUTED, "old_network", priorTime);
    }

    private static Decision reinstall(EventType type, PriorAttribution prior, CandidateSet candidates) {
        return new Attributor().decide(conversion(type, null), candidates, prior, AttributionSettings.defaults(), NOW);
    }

    @Test
    void reinstallWithANewTouchInsideTheWindowIsAReattribution() {
        Decision decision = reinstall(EventType.REINSTALL, priorAgo(days(30)), found(clickByDevice("new", hours(1))));

        assertEquals(DecisionStatus.ATTRIBUTED, decision.status());
        assertTrue(decision.reattribution());
        assertEquals("source-new", decision.mediaSource());
        assertTrue(explainOf(decision, "new").reason().contains(
                "re-attribution: the previous install was 30d earlier, within the 90-day re-attribution window"),
                explainOf(decision, "new").reason());
    }

    @Test
    void priorExactlyAtTheWindowEdgeIsStillAReattribution() {
        assertTrue(reinstall(EventType.REINSTALL, priorAgo(days(90)), found(clickByDevice("new", hours(1))))
                .reattribution());
    }

    @Test
    void priorOneMillisecondOutsideTheWindowCountsAsANewInstall() {
        Decision decision = reinstall(EventType.REINSTALL, priorAgo(days(90).plusMillis(1)),
                found(clickByDevice("new", hours(1))));

        assertEquals(DecisionStatus.ATTRIBUTED, decision.status());
        assertFalse(decision.reattribution());
        assertTrue(explainOf(decision, "new").reason().contains("counted as a new install"),
                explainOf(decision, "new").reason());
    }

    @Test
    void reinstallWithoutANewTouchIsOrganic() {
        Decision decision = reinstall(EventType.REINSTALL, priorAgo(days(30)), CandidateSet.EMPTY);

        assertEquals(DecisionStatus.ORGANIC, decision.status());
        assertFalse(decision.reattribution());
    }

    @Test
    void reinstallWhoseOnlyTouchExpiredIsOrganic() {
        Decision decision = reinstall(EventType.REINSTALL, priorAgo(days(30)), found(clickByDevice("stale", days(10))));

        assertEquals(DecisionStatus.ORGANIC, decision.status());
        assertFalse(decision.reattribution());
    }

    @Test
    void installOfAnAlreadyAttributedDeviceIsTreatedAsAReinstall() {
        assertTrue(reinstall(EventType.INSTALL, priorAgo(days(10)), found(clickByDevice("new", hours(1))))
                .reattribution());
    }

    @Test
    void installWithoutPriorIsAPlainAttribution() {
        Decision decision = reinstall(EventType.INSTALL, null, found(clickByDevice("new", hours(1))));

        assertEquals(DecisionStatus.ATTRIBUTED, decision.status());
        assertFalse(decision.reattribution());
    }

    @Test
    void reinstallWithoutKnownPriorIsAttributedAsANewInstall() {
        Decision decision = reinstall(EventType.REINSTALL, null, found(clickByDevice("new", hours(1))));

        assertEquals(DecisionStatus.ATTRIBUTED, decision.status());
        assertFalse(decision.reattribution());
        assertEquals(EventType.REINSTALL, decision.conversionType());
    }

    @Test
    void reattributionWindowFollowsTheSettings() {
        AttributionSettings shortWindow = new AttributionSettings(days(7), hours(24), hours(6), days(10), days(7),
                AttributionModel.LAST_TOUCH, FraudPolicy.FLAG, null, Duration.ofSeconds(10));

        Decision decision = new Attributor().decide(conversion(EventType.REINSTALL, null),
                found(clickByDevice("new", hours(1))), priorAgo(days(11)), shortWindow, NOW);
        assertFalse(decision.reattribution());
    }
    @Test
    void theTouchThatWonThePreviousInstallCannotWinTheReinstall() {
        // The previous install 3 days ago was won by a click 5 days ago, still inside the 7-day click lookback.
        Decision decision = reinstall(EventType.REINSTALL, priorAgo(days(3)), found(clickByDevice("old", days(5))));

        assertEquals(DecisionStatus.ORGANIC, decision.status());
        assertFalse(decision.reattribution());
        assertEquals("lost", explainOf(decision, "old").outcome());
        assertTrue(explainOf(decision, "old").reason().startsWith("at or before the previous install (2d before it)"),
                explainOf(decision, "old").reason());
    }

    @Test
    void aTouchAtThePreviousInstallsMillisecondIsSpentAndOneMillisecondLaterIsNew() {
        Duration ago = days(3);
        Decision atPrior = reinstall(EventType.REINSTALL, priorAgo(ago), found(clickByDevice("same-ms", ago)));
        assertEquals(DecisionStatus.ORGANIC, atPrior.status());

        Decision justAfter = reinstall(EventType.REINSTALL, priorAgo(ago),
                found(clickByDevice("next-ms", ago.minusMillis(1))));
        assertEquals(DecisionStatus.ATTRIBUTED, justAfter.status());
        assertTrue(justAfter.reattribution());
    }

    @Test
    void aNewTouchWinsOverTheSpentOneAndTheSpentOneIsExplained() {
        Decision decision = reinstall(EventType.INSTALL, priorAgo(days(3)),
                found(clickByDevice("old", days(5)), clickByDevice("new", days(1))));

        assertEquals("source-new", decision.mediaSource());
        assertTrue(decision.reattribution());
        assertTrue(explainOf(decision, "old").reason().startsWith("at or before the previous install"),
                explainOf(decision, "old").reason());
    }

    @Test
    void anOpenIsOnlyReengagedByATouchAfterTheDevicesLastActivity() {
        Instant lastActivity = INSTALL_TIME.minus(days(10));
        PriorAttribution prior = new PriorAttribution("evt-first-install", INSTALL_TIME.minus(days(40)),
                DecisionStatus.ATTRIBUTED, "old_network", lastActivity);

        Decision clickWhileActive = new Attributor().decide(conversion(EventType.OPEN, null),
                found(clickByDevice("while-active", days(10).plusHours(1))), prior, longLookback(), NOW);
        assertEquals(DecisionStatus.ORGANIC, clickWhileActive.status());
        assertTrue(explainOf(clickWhileActive, "while-active").reason()
                .startsWith("at or before the device's last activity"), explainOf(clickWhileActive, "while-active").reason());

        Decision clickWhileAway = new Attributor().decide(conversion(EventType.OPEN, null),
                found(clickByDevice("while-away", days(2))), prior, longLookback(), NOW);
        assertEquals(DecisionStatus.ATTRIBUTED, clickWhileAway.status());
        assertEquals("source-while-away", clickWhileAway.mediaSource());
    }

    /** A 30-day click lookback, so only the last-activity rule can refuse the older click. */
    private static AttributionSettings longLookback() {
        AttributionSettings d = AttributionSettings.defaults();
        return new AttributionSettings(days(30), d.impressionLookback(), d.fingerprintLookback(), d.reattributionWindow(),
                d.reengagementInactivity(), d.defaultModel(), d.fraudPolicy(), d.blockedIpRanges(), d.minCtit());
    }
}
