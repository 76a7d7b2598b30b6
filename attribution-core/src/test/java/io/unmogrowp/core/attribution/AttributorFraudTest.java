package io.unmogrowp.core.attribution;

import static io.unmogrowp.core.attribution.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.fraud.FraudRules;
import io.unmogrowp.core.fraud.IpRange;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributorFraudTest {

    private static final AttributionSettings FLAG = AttributionSettings.defaults();
    private static final AttributionSettings REJECT = AttributionSettings.defaults().withFraudPolicy(FraudPolicy.REJECT);

    @Test
    void ctitJustUnderTheMinimumIsClickInjectionAndFlagged() {
        Decision decision = decide(found(clickByDevice("fast", Duration.ofMillis(9_999))), FLAG);

        assertEquals(DecisionStatus.ATTRIBUTED, decision.status());
        assertEquals(List.of(FraudRules.CLICK_INJECTION), decision.fraudReasons());
        assertTrue(explainOf(decision, "fast").reason().endsWith("; flagged as fraud: click_injection"));
        assertEquals(9L, decision.ctitSeconds());
    }

    @Test
    void ctitExactlyAtTheMinimumIsClean() {
        Decision decision = decide(found(clickByDevice("ok", Duration.ofSeconds(10))), FLAG);

        assertEquals(List.of(), decision.fraudReasons());
    }

    @Test
    void impressionsAreNotCheckedForInjection() {
        assertEquals(List.of(), decide(found(impressionByDevice("view", Duration.ofSeconds(1))), FLAG).fraudReasons());
    }

    @Test
    void clickAfterTheDownloadBeganIsInjectionEvenWithALongCtit() {
        Conversion conversion = conversion(EventType.INSTALL, INSTALL_TIME.minus(Duration.ofMinutes(5)));
        Touchpoint injected = clickByDevice("injected", Duration.ofMinutes(5).minusMillis(1));
        Touchpoint honest = clickByDevice("honest", Duration.ofMinutes(5));

        assertEquals(List.of(FraudRules.CLICK_INJECTION),
                new Attributor().decide(conversion, found(injected), null, FLAG, NOW).fraudReasons());
        assertEquals(List.of(), new Attributor().decide(conversion, found(honest), null, FLAG, NOW).fraudReasons());
    }

    @Test
    void touchFromABlockedRangeIsFlagged() {
        AttributionSettings blocked = FLAG.withBlockedIpRanges(List.of(IpRange.parse("198.51.100.0/24").orElseThrow()));

        Decision decision = decide(found(clickByDevice("c", hours(1))), blocked);
        assertEquals(List.of(FraudRules.BLOCKED_IP), decision.fraudReasons());

        Touchpoint elsewhere = withIp(clickByDevice("c", hours(1)), "198.51.101.1");
        assertEquals(List.of(), decide(found(elsewhere), blocked).fraudReasons());
    }

    @Test
    void reasonsAreListedInRuleOrder() {
        AttributionSettings blocked = FLAG.withBlockedIpRanges(List.of(IpRange.parse("198.51.100.1").orElseThrow()));

        assertEquals(List.of(FraudRules.CLICK_INJECTION, FraudRules.BLOCKED_IP),
                decide(found(clickByDevice("c", Duration.ofSeconds(2))), blocked).fraudReasons());
    }

    @Test
    void rejectPolicyRejectsKeepsTheWinnerAndDoesNotFallThrough() {
        Decision decision = decide(found(clickByDevice("injected", Duration.ofSeconds(3)),
                clickByDevice("honest", hours(2))), REJECT);

        assertEquals(DecisionStatus.REJECTED, decision.status());
        assertEquals("injected", decision.touchpointEventId());
        assertEquals(List.of(FraudRules.CLICK_INJECTION), decision.fraudReasons());
        assertTrue(decision.credits().isEmpty());
        assertTrue(explainOf(decision, "injected").reason().endsWith("; rejected as fraud: click_injection"));
        assertEquals(ExplainEntry.WON, explainOf(decision, "injected").outcome());
        assertEquals(ExplainEntry.LOST, explainOf(decision, "honest").outcome());
    }

    @Test
    void rejectedReinstallIsNotAReattribution() {
        PriorAttribution prior = new PriorAttribution("p", INSTALL_TIME.minus(days(5)), DecisionStatus.ATTRIBUTED,
                "x", INSTALL_TIME.minus(days(5)));
        Decision decision = new Attributor().decide(conversion(EventType.REINSTALL, null),
                found(clickByDevice("injected", Duration.ofSeconds(3))), prior, REJECT, NOW);

        assertEquals(DecisionStatus.REJECTED, decision.status());
        assertEquals(false, decision.reattribution());
    }

    @Test
    void underRejectFraudulentEarlierTouchesLeaveTheModelPath() {
        AttributionSettings rejectBlocked = REJECT.withBlockedIpRanges(List.of(IpRange.parse("10.0.0.0/8").orElseThrow()));
        Touchpoint blockedEarlier = withIp(clickByDevice("blocked", hours(3)), "10.1.2.3");
        Decision decision = decide(found(clickByDevice("winner", hours(1)), blockedEarlier), rejectBlocked);

        assertEquals(DecisionStatus.ATTRIBUTED, decision.status());
        assertEquals(List.of("winner"), decision.credits().stream().filter(c -> c.model() == AttributionModel.LINEAR)
                .map(Credit::touchpointEventId).toList());
        assertTrue(explainOf(decision, "blocked").reason().endsWith("; left out of model credits as fraud: blocked_ip"));
    }

    @Test
    void underFlagFraudulentEarlierTouchesStayInTheModelPath() {
        AttributionSettings flagBlocked = FLAG.withBlockedIpRanges(List.of(IpRange.parse("10.0.0.0/8").orElseThrow()));
        Touchpoint blockedEarlier = withIp(clickByDevice("blocked", hours(3)), "10.1.2.3");
        Decision decision = decide(found(clickByDevice("winner", hours(1)), blockedEarlier), flagBlocked);

        assertEquals(List.of("blocked", "winner"), decision.credits().stream()
                .filter(c -> c.model() == AttributionModel.LINEAR).map(Credit::touchpointEventId).toList());
    }

    @Test
    void aClickFromAFloodingSiteIsFlaggedUnderFlag() {
        Touchpoint click = clickByDevice("flood", hours(30));
        Decision decision = new Attributor().decide(conversion(EventType.INSTALL, null), found(click), null, FLAG, NOW,
                touchpoint -> touchpoint.eventId().equals("flood"));

        assertEquals(DecisionStatus.ATTRIBUTED, decision.status());
        assertEquals(List.of(FraudRules.CLICK_FLOODING), decision.fraudReasons());
    }

    @Test
    void aClickFromAFloodingSiteIsRejectedUnderReject() {
        Decision decision = new Attributor().decide(conversion(EventType.INSTALL, null), found(clickByDevice("flood", hours(30))),
                null, REJECT, NOW, touchpoint -> true);

        assertEquals(DecisionStatus.REJECTED, decision.status());
        assertEquals(List.of(FraudRules.CLICK_FLOODING), decision.fraudReasons());
    }

    @Test
    void impressionsAreNeverFloodingEvenFromAFloodingSite() {
        Decision decision = new Attributor().decide(conversion(EventType.INSTALL, null),
                found(impressionByDevice("view", hours(1))), null, FLAG, NOW, touchpoint -> true);

        assertEquals(List.of(), decision.fraudReasons());
    }
}
