package io.unmogrowp.core.attribution;

import static io.unmogrowp.core.attribution.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.core.event.Device;
import io.unmogrowp.core.event.DeviceId;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.event.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttributorWaterfallTest {

    @Test
    void noCandidatesIsOrganic() {
        Decision decision = decide(CandidateSet.EMPTY);

        assertEquals(DecisionStatus.ORGANIC, decision.status());
        assertEquals(MatchType.NONE, decision.matchType());
        assertNull(decision.winner());
        assertNull(decision.mediaSource());
        assertNull(decision.ctitSeconds());
        assertFalse(decision.reattribution());
        assertTrue(decision.explain().isEmpty());
        assertTrue(decision.credits().isEmpty());
        assertEquals(NOW, decision.decidedAt());
        assertEquals("evt-install", decision.conversionEventId());
        assertEquals(EventType.INSTALL, decision.conversionType());
    }

    @Test
    void nullCandidateSetIsTreatedAsEmpty() {
        assertEquals(DecisionStatus.ORGANIC,
                new Attributor().decide(install(), null, null, AttributionSettings.defaults(), NOW).status());
    }

    @Test
    void clickIdBeatsAnyDeviceIdMatchEvenANewerOne() {
        Decision decision = decide(found(clickById("byClickId", days(6)), clickByDevice("byDevice", hours(1))));

        assertEquals("byClickId", decision.touchpointEventId());
        assertEquals(MatchType.CLICK_ID, decision.matchType());
        assertEquals("source-byClickId", decision.mediaSource());
        assertEquals("campaign-byClickId", decision.campaign());
        assertEquals(TouchType.CLICK, decision.touchType());
        assertEquals("lost to a click_id match, which outranks a device_id match",
                explainOf(decision, "byDevice").reason());
    }

    @Test
    void deterministicMatchOfAnyAgeBeatsAFingerprintMatch() {
        Decision decision = decide(found(clickByDevice("device", days(5)), clickByFingerprint("fp", Duration.ofMinutes(5))));

        assertEquals("device", decision.touchpointEventId());
        assertEquals(MatchType.DEVICE_ID, decision.matchType());
        assertEquals("lost to a deterministic match (the winner matched by advertising_id, this one only by fingerprint)",
                explainOf(decision, "fp").reason());
    }

    @Test
    void deterministicImpressionBeatsAFingerprintClick() {
        Decision decision = decide(found(impressionByDevice("view", hours(2)), clickByFingerprint("fp", hours(1))));

        assertEquals("view", decision.touchpointEventId());
        assertEquals(TouchType.IMPRESSION, decision.touchType());
    }

    @Test
    void withinAClassAClickBeatsANewerImpression() {
        Decision decision = decide(found(clickByDevice("click", hours(20)), impressionByDevice("view", hours(1))));

        assertEquals("click", decision.touchpointEventId());
        assertEquals("impression loses to a click", explainOf(decision, "view").reason());
    }

    @Test
    void clickBeatsImpressionAmongFingerprintMatchesToo() {
        Decision decision = decide(found(clickByFingerprint("click", hours(5)), impressionByFingerprint("view", hours(1))));

        assertEquals("click", decision.touchpointEventId());
        assertEquals(MatchType.FINGERPRINT, decision.matchType());
    }

    @Test
    void latestTouchOfTheSameKindWins() {
        Decision decision = decide(found(clickByDevice("older", hours(3)), clickByDevice("newer", hours(1))));

        assertEquals("newer", decision.touchpointEventId());
        assertEquals("older than the winning click (2h earlier)", explainOf(decision, "older").reason());
        assertTrue(explainOf(decision, "newer").reason().startsWith("latest click matched by advertising_id"),
                explainOf(decision, "newer").reason());
    }

    @Test
    void exactTieOnTimeGoesToTheGreatestEventIdWhateverTheInputOrder() {
        List<Touchpoint> tied = new ArrayList<>(List.of(clickByDevice("evt-a", hours(1)),
                clickByDevice("evt-c", hours(1)), clickByDevice("evt-b", hours(1))));
        Random random = new Random(7);
        for (int round = 0; round < 6; round++) {
            Collections.shuffle(tied, random);
            Decision decision = decide(new CandidateSet(List.of(), tied, List.of()));

            assertEquals("evt-c", decision.touchpointEventId());
            assertEquals(List.of("evt-c", "evt-b", "evt-a"),
                    decision.explain().stream().map(ExplainEntry::touchpointEventId).toList());
            assertEquals("same time as the winning click; the tie goes to the greater event id (evt-c)",
                    explainOf(decision, "evt-a").reason());
        }
    }

    @Test
    void touchpointOfAnotherAppNeverMatches() {
        Touchpoint foreign = withApp(clickById("foreign", hours(1)), "app_2");
        Decision decision = decide(found(foreign));

        assertEquals(DecisionStatus.ORGANIC, decision.status());
        assertEquals("belongs to another app (app_2)", explainOf(decision, "foreign").reason());
    }

    @Test
    void foreignAppTouchpointDoesNotShadowALocalOneWithTheSameEventId() {
        Touchpoint foreign = withApp(clickByDevice("evt-1", hours(1)), "app_2");
        Touchpoint local = clickByDevice("evt-1", hours(2));
        Decision decision = decide(new CandidateSet(List.of(), List.of(foreign, local), List.of()));

        assertEquals(DecisionStatus.ATTRIBUTED, decision.status());
        assertEquals(APP, decision.winner().appId());
        assertEquals(2, decision.explain().size());
    }

    @Test
    void deviceMatchUsesTheStrongestSharedIdAndSaysWhichOne() {
        Touchpoint idfvOnly = touch("idfv-touch", TouchType.CLICK, hours(1), null, List.of(IDFV), null);
        Decision decision = decide(found(idfvOnly));
        assertEquals(MatchType.DEVICE_ID, decision.matchType());
        assertTrue(explainOf(decision, "idfv-touch").reason().startsWith("click matched by idfv within"),
                explainOf(decision, "idfv-touch").reason());

        Touchpoint both = touch("both", TouchType.CLICK, hours(1), null, List.of(IDFV, GAID), null);
        assertTrue(explainOf(decide(found(both)), "both").reason().startsWith("click matched by advertising_id"));
    }

    @Test
    void idsOfDifferentKindsWithTheSameValueDoNotMatch() {
        Touchpoint confused = touch("confused", TouchType.CLICK, hours(1), null,
                List.of(new DeviceId("android_id", GAID.value())), null);
        Decision decision = decide(new CandidateSet(List.of(), List.of(confused), List.of()));

        assertEquals(DecisionStatus.ORGANIC, decision.status());
        assertEquals("shares no click id, device id or fingerprint with the install", explainOf(decision, "confused").reason());
        assertEquals(MatchType.NONE, explainOf(decision, "confused").matchType());
    }

    @Test
    void touchpointFoundByThreeIndexesIsConsideredOnceUnderItsStrongestMatch() {
        Touchpoint everywhere = touch("t", TouchType.CLICK, hours(1), CLICK_ID, List.of(GAID), FINGERPRINT);
        Decision decision = decide(new CandidateSet(List.of(everywhere), List.of(everywhere), List.of(everywhere)));

        assertEquals(1, decision.explain().size());
        assertEquals(MatchType.CLICK_ID, decision.matchType());
        assertEquals(MatchType.CLICK_ID, decision.explain().get(0).matchType());
        assertEquals(1.0, decision.credits().stream().filter(c -> c.model() == AttributionModel.LINEAR)
                .mapToDouble(Credit::credit).sum(), 1e-9);
        assertEquals(1, decision.credits().stream().filter(c -> c.model() == AttributionModel.LINEAR).count());
    }

    @Test
    void matchIsRecheckedRatherThanTakenFromTheIndex() {
        Touchpoint fingerprintListed = touch("t", TouchType.CLICK, hours(1), null, List.of(GAID), FINGERPRINT);
        Decision decision = decide(new CandidateSet(List.of(), List.of(), List.of(fingerprintListed)));

        assertEquals(MatchType.DEVICE_ID, decision.matchType());
    }

    @Test
    void everyConsideredCandidateIsExplainedOnceWithTheWinnerFirst() {
        Decision decision = decide(found(
                clickById("winner", days(2)),
                clickByDevice("device", hours(1)),
                impressionByDevice("view", hours(2)),
                clickByFingerprint("fp", hours(1)),
                clickByDevice("expired", days(9)),
                withApp(clickByDevice("foreign", hours(1)), "app_2"),
                at(clickByDevice("after", Duration.ZERO), INSTALL_TIME.plusSeconds(5))));

        List<String> ids = decision.explain().stream().map(ExplainEntry::touchpointEventId).toList();
        assertEquals("winner", ids.get(0));
        assertEquals(7, ids.size());
        assertEquals(7, ids.stream().distinct().count());
        assertEquals(ExplainEntry.WON, decision.explain().get(0).outcome());
        assertTrue(decision.explain().stream().skip(1).allMatch(e -> e.outcome().equals(ExplainEntry.LOST)));
        assertTrue(decision.explain().stream().noneMatch(e -> e.reason().isBlank()));
        assertEquals("after the conversion (5s after the install)", explainOf(decision, "after").reason());
        assertTrue(explainOf(decision, "expired").reason().startsWith("outside the 7-day click lookback"));
        assertEquals("source-device", explainOf(decision, "device").mediaSource());
        assertEquals(INSTALL_TIME.minus(hours(2)), explainOf(decision, "view").touchTime());
    }

    @Test
    void listenerHearsEveryDecision() {
        List<Decision> heard = new ArrayList<>();
        Attributor attributor = new Attributor(heard::add);

        Decision organic = attributor.decide(install(), CandidateSet.EMPTY, null, AttributionSettings.defaults(), NOW);
        Decision attributed = attributor.decide(install(), found(clickByDevice("c", hours(1))), null,
                AttributionSettings.defaults(), NOW);

        assertEquals(List.of(organic, attributed), heard);
    }

    @Test
    void creditsCoverTheWinnerAndEarlierEligibleTouchesForAllFiveModels() {
        Decision decision = decide(found(clickByDevice("first", hours(3)), clickByDevice("winner", hours(1)),
                clickByFingerprint("laterFp", Duration.ofMinutes(30)), clickByDevice("expired", days(8))));

        assertEquals("winner", decision.touchpointEventId());
        for (AttributionModel model : AttributionModel.values()) {
            List<Credit> credits = decision.credits().stream().filter(c -> c.model() == model).toList();
            assertEquals(1.0, credits.stream().mapToDouble(Credit::credit).sum(), 1e-9, model.name());
            assertTrue(credits.stream().noneMatch(c -> c.touchpointEventId().equals("laterFp")
                    || c.touchpointEventId().equals("expired")), model.name());
        }
        Credit last = decision.credits().stream().filter(c -> c.model() == AttributionModel.LAST_TOUCH).findFirst().orElseThrow();
        assertEquals("winner", last.touchpointEventId());
        assertEquals("source-winner", last.mediaSource());
        Credit first = decision.credits().stream().filter(c -> c.model() == AttributionModel.FIRST_TOUCH).findFirst().orElseThrow();
        assertEquals("first", first.touchpointEventId());
        assertEquals(List.of(0.5, 0.5), decision.credits().stream().filter(c -> c.model() == AttributionModel.LINEAR)
                .map(Credit::credit).toList());
    }

    @Test
    void zeroedAdvertisingIdsFromRealEventsNeverJoinDevices() {
        Device optedOut = new Device(Device.ZEROED_ADVERTISING_ID, null, null, null, null, null, null, null);
        Event click = new Event("click", APP, EventType.CLICK, INSTALL_TIME.minus(hours(1)), Platform.IOS, optedOut,
                null, null, null, null, null, Map.of(), NOW);
        Event installEvent = new Event("install", APP, EventType.INSTALL, INSTALL_TIME, Platform.IOS, optedOut,
                null, null, null, null, null, Map.of(), NOW);

        Decision decision = new Attributor().decide(Conversion.from(installEvent),
                new CandidateSet(List.of(), List.of(Touchpoint.from(click)), List.of()), null,
                AttributionSettings.defaults(), NOW);

        assertEquals(DecisionStatus.ORGANIC, decision.status());
    }

    @Test
    void eventsBecomeTouchpointsAndConversionsWithFingerprints() {
        Device phone = new Device("gaid-9", null, null, "203.0.113.9",
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
                "14", null, null);
        Event click = new Event("click", APP, EventType.CLICK, INSTALL_TIME.minus(hours(1)), Platform.ANDROID, phone,
                "clk-9", null, null, null, null, Map.of(), NOW);
        Event installEvent = new Event("install", APP, EventType.INSTALL, INSTALL_TIME, Platform.ANDROID, phone,
                "clk-9", null, null, null, null, Map.of("install_begin_time", "2026-12-03T17:59:00Z"), NOW);

        Touchpoint touchpoint = Touchpoint.from(click);
        Conversion conversion = Conversion.from(installEvent);

        assertEquals("203.0.113.9|chrome-mobile|14.0", touchpoint.fingerprint());
        assertEquals(touchpoint.fingerprint(), conversion.fingerprint());
        assertEquals(INSTALL_TIME.minusSeconds(60), conversion.installBeganAt());
        assertEquals(TouchType.CLICK, touchpoint.touchType());
        assertEquals(MatchType.CLICK_ID, new Attributor().decide(conversion,
                new CandidateSet(List.of(touchpoint), List.of(), List.of()), null, AttributionSettings.defaults(), NOW)
                .matchType());
    }

    @Test
    void installBeginTimeAsEpochMillisIsRead() {
        Event installEvent = new Event("install", APP, EventType.INSTALL, INSTALL_TIME, null, null, null, null, null,
                null, null, Map.of("install_begin_time", INSTALL_TIME.minusSeconds(30).toEpochMilli()), NOW);

        assertEquals(INSTALL_TIME.minusSeconds(30), Conversion.from(installEvent).installBeganAt());
    }

    @Test
    void touchpointAndConversionRefuseTheWrongEventKinds() {
        Event installEvent = new Event("install", APP, EventType.INSTALL, INSTALL_TIME, null, null, null, null, null,
                null, null, null, NOW);
        Event impression = new Event("view", APP, EventType.IMPRESSION, INSTALL_TIME, null, null, null, null, null,
                null, null, null, NOW);

        assertThrows(IllegalArgumentException.class, () -> Touchpoint.from(installEvent));
        assertThrows(IllegalArgumentException.class, () -> Conversion.from(impression));
        assertEquals(TouchType.IMPRESSION, Touchpoint.from(impression).touchType());
    }
}
