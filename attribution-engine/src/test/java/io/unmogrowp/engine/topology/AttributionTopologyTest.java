package io.unmogrowp.engine.topology;

import static io.unmogrowp.engine.topology.TestEvents.click;
import static io.unmogrowp.engine.topology.TestEvents.impression;
import static io.unmogrowp.engine.topology.TestEvents.inApp;
import static io.unmogrowp.engine.topology.TestEvents.install;
import static io.unmogrowp.engine.topology.TestEvents.open;
import static io.unmogrowp.engine.topology.TestEvents.reinstall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AttributionTopologyTest {

    private static final Instant T0 = Instant.parse("2026-11-01T12:00:00Z");
    private static final String APP = "app_aaaaaaaaaaaa";
    private static final String OTHER_APP = "app_bbbbbbbbbbbb";
    private static final String ADID = "3f1c0b7e-1111-4c4c-9d9d-000000000001";

    private final TopologyHarness engine = new TopologyHarness(T0);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void installAfterAClickOnTheSameDeviceIsAttributedByDeviceId() {
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(600)).adid(ADID), T0.plusSeconds(601));

        List<TestRecord<String, byte[]>> records = engine.decisionRecords();
        assertEquals(1, records.size());
        assertEquals(APP + ":install-1", records.get(0).key());
        Map<String, Object> d = decode(records.get(0));
        assertEquals("attributed", d.get("status"));
        assertEquals("device_id", d.get("match_type"));
        assertEquals("click", d.get("touch_type"));
        assertEquals("network_a", d.get("media_source"));
        assertEquals("summer", d.get("campaign"));
        assertEquals("click-1", d.get("touchpoint_event_id"));
        assertEquals(600, ((Number) d.get("ctit_seconds")).intValue());
        assertEquals(1, ((Number) d.get("version")).intValue());
        assertFalse((Boolean) d.get("is_reattribution"));
        List<?> explain = (List<?>) d.get("explain");
        assertEquals(1, explain.size());
        assertEquals("won", ((Map<?, ?>) explain.get(0)).get("outcome"));
        assertEquals("click lookback", ((Map<?, ?>) explain.get(0)).get("window"));
        assertEquals(7 * 24 * 3600, ((Number) ((Map<?, ?>) explain.get(0)).get("window_seconds")).intValue());
        assertFalse(((List<?>) d.get("credits")).isEmpty(), "credits under every model");
    }

    @Test
    void installWithoutTouchpointIsOrganic() {
        engine.send(install(APP, "install-1", T0).adid(ADID), T0);
        Map<String, Object> d = single(engine.decisions());
        assertEquals("organic", d.get("status"));
        assertEquals("none", d.get("match_type"));
        assertNull(d.get("media_source"));
        assertNull(d.get("touchpoint_event_id"));
    }

    @Test
    void aDuplicateEventIdNeverProducesASecondDecision() {
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), T0.plusSeconds(60));
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), T0.plusSeconds(3600));
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), T0.plus(Duration.ofDays(6)));

        assertEquals(1, engine.decisions().size());
        assertEquals(2, engine.observer.duplicates);
    }

    @Test
    void touchpointsOfAnotherAppNeverMatch() {
        engine.send(click(OTHER_APP, "click-other", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), T0.plusSeconds(60));
        assertEquals("organic", single(engine.decisions()).get("status"));
    }

    @Test
    void clickIdFromTheReferrerBeatsADeviceIdMatch() {
        engine.send(click(APP, "click-device", T0.plusSeconds(30)).adid(ADID).source("network_b", "b"), T0.plusSeconds(30));
        engine.send(click(APP, "click-referrer", T0).clickId("ck-42"), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(120)).adid(ADID).clickId("ck-42"), T0.plusSeconds(120));

        Map<String, Object> d = single(engine.decisions());
        assertEquals("click_id", d.get("match_type"));
        assertEquals("click-referrer", d.get("touchpoint_event_id"));
        assertEquals(2, ((List<?>) d.get("explain")).size(), "the losing device match is explained too");
    }

    @Test
    void fingerprintMatchesWhenNoDeviceIdIsShared() {
        String ua = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36";
        engine.send(click(APP, "click-web", T0).fingerprint("203.0.113.7", ua, "14"), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(900)).fingerprint("203.0.113.7", ua, "14"),
                T0.plusSeconds(900));
        Map<String, Object> d = single(engine.decisions());
        assertEquals("attributed", d.get("status"));
        assertEquals("fingerprint", d.get("match_type"));
    }

    @Test
    void aClickBeatsALaterImpressionOnTheSameDevice() {
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(impression(APP, "view-1", T0.plusSeconds(60)).adid(ADID), T0.plusSeconds(60));
        engine.send(install(APP, "install-1", T0.plusSeconds(120)).adid(ADID), T0.plusSeconds(120));
        Map<String, Object> d = single(engine.decisions());
        assertEquals("click-1", d.get("touchpoint_event_id"));
        assertEquals("click", d.get("touch_type"));
    }

    @Test
    void perAppSettingsFromAppConfigApply() {
        engine.configure(APP, Map.of("click_lookback_hours", 1), 1);
        engine.send(click(APP, "click-old", T0).adid(ADID), T0);
        Instant install = T0.plus(Duration.ofHours(1)).plusMillis(1);
        engine.send(install(APP, "install-1", install).adid(ADID), install);
        assertEquals("organic", single(engine.decisions()).get("status"), "one millisecond past a 1-hour lookback");

        engine.send(click(OTHER_APP, "click-old", T0).adid(ADID), T0.plusSeconds(1));
        engine.send(install(OTHER_APP, "install-1", install).adid(ADID), install.plusSeconds(1));
        assertEquals("attributed", single(engine.decisions()).get("status"), "the other app keeps the 7-day default");
    }

    @Test
    void fraudPolicyRejectTurnsClickInjectionIntoARejection() {
        engine.configure(APP, Map.of("fraud_policy", "reject"), 1);
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(5)).adid(ADID), T0.plusSeconds(5));
        Map<String, Object> d = single(engine.decisions());
        assertEquals("rejected", d.get("status"));
        assertTrue(((List<?>) d.get("fraud_reasons")).contains("click_injection"));
    }

    @Test
    void aNewerAppConfigVersionWinsAndAnOlderOneIsIgnored() {
        engine.configure(APP, Map.of("fraud_policy", "reject"), 2);
        engine.configure(APP, Map.of("fraud_policy", "flag"), 1);
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(5)).adid(ADID), T0.plusSeconds(5));
        assertEquals("rejected", single(engine.decisions()).get("status"));
    }

    @Test
    void aLateClickWithinTheGracePeriodCorrectsTheDecisionWithANewVersion() {
        engine.send(install(APP, "install-1", T0).adid(ADID), T0);
        engine.send(click(APP, "click-late", T0.minusSeconds(300)).adid(ADID), T0.plus(Duration.ofMinutes(30)));

        List<Map<String, Object>> decisions = engine.decisions();
        assertEquals(2, decisions.size());
        assertEquals("organic", decisions.get(0).get("status"));
        assertEquals(1, ((Number) decisions.get(0).get("version")).intValue());
        assertEquals("attributed", decisions.get(1).get("status"));
        assertEquals(2, ((Number) decisions.get(1).get("version")).intValue());
        assertEquals("click-late", decisions.get(1).get("touchpoint_event_id"));
    }

    @Test
    void aLateClickAfterTheGracePeriodChangesNothing() {
        engine.send(install(APP, "install-1", T0).adid(ADID), T0);
        Instant afterGrace = T0.plus(TopologySettings.defaults().lateTouchpointGrace()).plusSeconds(1);
        engine.send(click(APP, "click-late", T0.minusSeconds(300)).adid(ADID), afterGrace);
        assertEquals(1, engine.decisions().size());
    }

    @Test
    void aLateClickThatDoesNotChangeTheWinnerPublishesNoNewVersion() {
        engine.send(click(APP, "click-1", T0.minusSeconds(60)).adid(ADID), T0.minusSeconds(60));
        engine.send(install(APP, "install-1", T0).adid(ADID), T0);
        engine.send(click(APP, "click-older", T0.minusSeconds(600)).adid(ADID), T0.plusSeconds(60));
        assertEquals(1, engine.decisions().size());
    }

    @Test
    void inAppEventsInheritTheAttributionOfTheirDevicesInstall() {
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), T0.plusSeconds(60));
        engine.send(inApp(APP, "purchase-1", T0.plusSeconds(3600), "4.99").adid(ADID), T0.plusSeconds(3600));

        Map<String, Object> event = single(engine.attributedEvents());
        assertEquals("purchase-1", event.get("event_id"));
        assertEquals(0, new java.math.BigDecimal("4.99").compareTo(new java.math.BigDecimal(event.get("revenue").toString())));
        Map<?, ?> source = (Map<?, ?>) event.get("attribution");
        assertEquals("attributed", source.get("status"));
        assertEquals("network_a", source.get("media_source"));
        assertEquals("install-1", source.get("conversion_event_id"));
    }

    @Test
    void inAppEventOfAnUnknownDeviceIsMarkedUnattributed() {
        engine.send(inApp(APP, "purchase-1", T0, "1.00").adid(ADID), T0);
        assertEquals("unattributed", ((Map<?, ?>) single(engine.attributedEvents()).get("attribution")).get("status"));
    }

    @Test
    void aReinstallWithANewClickInsideTheWindowIsAReattribution() {
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), T0.plusSeconds(60));
        Instant later = T0.plus(Duration.ofDays(30));
        engine.send(click(APP, "click-2", later).adid(ADID).source("network_b", "winback"), later);
        engine.send(reinstall(APP, "reinstall-1", later.plusSeconds(120)).adid(ADID), later.plusSeconds(120));

        List<Map<String, Object>> decisions = engine.decisions();
        Map<String, Object> d = decisions.get(decisions.size() - 1);
        assertEquals("reinstall-1", d.get("conversion_event_id"));
        assertEquals("attributed", d.get("status"));
        assertEquals("network_b", d.get("media_source"));
        assertTrue((Boolean) d.get("is_reattribution"));
    }

    @Test
    void anOpenAfterTheInactivityWindowWithANewClickIsAReengagement() {
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), T0.plusSeconds(60));
        Instant later = T0.plus(Duration.ofDays(10));
        engine.send(click(APP, "click-re", later).adid(ADID).source("retarget_x", "comeback"), later);
        engine.send(open(APP, "open-1", later.plusSeconds(60)).adid(ADID), later.plusSeconds(60));
        engine.send(inApp(APP, "purchase-1", later.plusSeconds(120), "2.50").adid(ADID), later.plusSeconds(120));

        List<Map<String, Object>> decisions = engine.decisions();
        Map<String, Object> reengagement = decisions.get(decisions.size() - 1);
        assertEquals("open-1", reengagement.get("conversion_event_id"));
        assertEquals("open", reengagement.get("conversion_type"));
        assertEquals("retarget_x", reengagement.get("media_source"));
        Map<?, ?> source = (Map<?, ?>) single(engine.attributedEvents()).get("attribution");
        assertEquals("retarget_x", source.get("media_source"));
        assertEquals(Boolean.TRUE, source.get("is_reengagement"));
    }

    @Test
    void anOpenInsideTheInactivityWindowIsNoReengagement() {
        engine.send(install(APP, "install-1", T0).adid(ADID), T0);
        Instant later = T0.plus(Duration.ofDays(3));
        engine.send(click(APP, "click-re", later).adid(ADID), later);
        engine.send(open(APP, "open-1", later.plusSeconds(60)).adid(ADID), later.plusSeconds(60));
        assertEquals(1, engine.decisions().size());
    }

    @Test
    void theClickThatWonTheInstallCannotWinAReinstallDaysLater() {
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), T0.plusSeconds(60));
        Instant later = T0.plus(Duration.ofDays(3));
        engine.send(reinstall(APP, "reinstall-1", later).adid(ADID), later);

        Map<String, Object> d = engine.decisions().get(1);
        assertEquals("reinstall-1", d.get("conversion_event_id"));
        assertEquals("organic", d.get("status"), "click-1 is still inside its 7-day lookback, but it won install-1");
        assertFalse((Boolean) d.get("is_reattribution"));
        Map<?, ?> explained = (Map<?, ?>) ((List<?>) d.get("explain")).get(0);
        assertEquals("click-1", explained.get("touchpoint_event_id"));
        assertTrue(((String) explained.get("reason")).startsWith("at or before the previous install"),
                (String) explained.get("reason"));
    }

    @Test
    void severalIdsOnOneDeviceShareOneAttribution() {
        String androidId = "a1b2c3d4e5f60718";
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID).androidId(androidId), T0.plusSeconds(60));
        // A later event that carries only the android id (the user reset the advertising id).
        engine.send(inApp(APP, "purchase-1", T0.plusSeconds(3600), "9.99").androidId(androidId), T0.plusSeconds(3600));

        assertEquals("device_id", single(engine.decisions()).get("match_type"));
        Map<?, ?> source = (Map<?, ?>) single(engine.attributedEvents()).get("attribution");
        assertEquals("attributed", source.get("status"));
        assertEquals("install-1", source.get("conversion_event_id"));
    }

    @Test
    void twoClicksAtTheSameMillisecondGoToTheGreatestEventIdEveryTime() {
        // click-b arrives first, so neither arrival order nor store order can be what decides.
        engine.send(click(APP, "click-b", T0).adid(ADID).source("network_b", "b"), T0);
        engine.send(click(APP, "click-a", T0).adid(ADID).source("network_a", "a"), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), T0.plusSeconds(60));

        Map<String, Object> d = single(engine.decisions());
        assertEquals("click-b", d.get("touchpoint_event_id"));
        assertEquals(2, ((List<?>) d.get("explain")).size(), "the tied loser is explained too");
    }

    @Test
    void aDeviceClockAheadOfTheServersStillMatchesByEventTime() {
        // The device's clock runs 30 minutes fast: its install says 12:31 while it reaches us at 12:01.
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        Instant skewed = T0.plus(Duration.ofMinutes(31));
        engine.send(install(APP, "install-1", skewed).adid(ADID).receivedAt(T0.plusSeconds(60)), T0.plusSeconds(60));

        Map<String, Object> d = single(engine.decisions());
        assertEquals("attributed", d.get("status"));
        assertEquals(31 * 60, ((Number) d.get("ctit_seconds")).intValue());
    }

    @Test
    void aTouchpointOlderThanTheIndexRetentionIsGoneFromTheIndex() {
        engine.send(click(APP, "click-old", T0).adid(ADID), T0);
        // Stream time of the index moves past its retention (31 days) with another device's click.
        Instant muchLater = T0.plus(TopologySettings.defaults().touchpointRetention()).plus(Duration.ofDays(1));
        engine.send(click(APP, "click-other", muchLater).adid("another-device"), muchLater);
        // An install claiming to have happened a minute after the old click finds nothing.
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), muchLater.plusSeconds(1));

        Map<String, Object> d = single(engine.decisions());
        assertEquals("organic", d.get("status"));
        assertTrue(((List<?>) d.get("explain")).isEmpty(), "the expired click is not even considered");
    }

    @Test
    void devicesInactiveBeyondTheRetentionAreForgotten() {
        engine.send(click(APP, "click-1", T0).adid(ADID), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID), T0.plusSeconds(60));
        engine.decisions();
        engine.advanceWallClock(TopologySettings.defaults().deviceAttribution().plusHours(2));
        Instant now = engine.clock.instant();
        engine.send(inApp(APP, "purchase-1", now, "1.00").adid(ADID), now);
        assertEquals("unattributed", ((Map<?, ?>) single(engine.attributedEvents()).get("attribution")).get("status"));
    }

    @Test
    void anUnreadableRecordIsSkippedAndTheStreamGoesOn() {
        engine.sendRaw(APP + ":x", "not json".getBytes(StandardCharsets.UTF_8), T0);
        engine.sendRaw(APP + ":x", "{\"event_type\":\"teleport\"}".getBytes(StandardCharsets.UTF_8), T0);
        engine.send(install(APP, "install-1", T0).adid(ADID), T0);
        assertEquals(2, engine.observer.unreadable);
        assertEquals(1, engine.decisions().size());
    }

    @Test
    void traceContextFromIngestionIsCarriedToTheDecision() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
        engine.send(install(APP, "install-1", T0).adid(ADID), T0, headers);

        Header traceparent = single(engine.decisionRecords()).headers().lastHeader("traceparent");
        assertNotNull(traceparent);
        assertTrue(new String(traceparent.value(), StandardCharsets.UTF_8).contains(traceId));
    }

    @Test
    void deterministicMatchesAreSampledForFingerprintAccuracy() {
        String ua = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";
        engine.send(click(APP, "click-1", T0).adid(ADID).fingerprint("198.51.100.4", ua, "17.1"), T0);
        engine.send(install(APP, "install-1", T0.plusSeconds(60)).adid(ADID).fingerprint("198.51.100.4", ua, "17.1"),
                T0.plusSeconds(60));
        assertEquals(List.of(true), engine.observer.accuracySamples);
    }

    @Test
    void clicksFromASiteThatFloodsAreFlaggedOnceItsStatisticsShowIt() {
        for (int i = 0; i < 1500; i++) {
            engine.send(click(APP, "flood-" + i, T0.plusMillis(i)).adid("device-" + i).source("network_f", "f"), T0.plusMillis(i));
        }
        Instant first = T0.plus(Duration.ofHours(30));
        engine.send(install(APP, "install-0", first).adid("device-0"), first);
        Instant second = first.plusSeconds(60);
        engine.send(install(APP, "install-1", second).adid("device-1"), second);

        List<Map<String, Object>> decisions = engine.decisions();
        assertEquals(List.of(), decisions.get(0).get("fraud_reasons"), "no install yet: the long tail is unknown");
        assertEquals(List.of("click_flooding"), decisions.get(1).get("fraud_reasons"),
                "1500 clicks, one install after 30 h: conversion under 0.1 % and all installs long-tail");
        assertEquals("attributed", decisions.get(1).get("status"), "flag only by default");
    }

    private static <T> T single(List<T> list) {
        assertEquals(1, list.size(), "expected exactly one record, got " + list);
        return list.get(0);
    }

    private static Map<String, Object> decode(TestRecord<String, byte[]> record) {
        return io.unmogrowp.engine.codec.Json.readMap(record.value()).orElseThrow();
    }
}
