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
}
