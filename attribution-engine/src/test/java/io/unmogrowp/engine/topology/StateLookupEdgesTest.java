package io.unmogrowp.engine.topology;

import static io.unmogrowp.engine.topology.TestEvents.click;
import static io.unmogrowp.engine.topology.TestEvents.install;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The edges of the point-lookup state layout: dedup buckets, the generations of the in-memory filter of
 * recent conversion keys. (The filter rebuilt after a restart is checked by EngineCrashIT: a driver's
 * state does not outlive it.)
 */
class StateLookupEdgesTest {

    private static final String APP = "app_aaaaaaaaaaaa";
    private static final String ADID = "3f1c0b7e-1111-4c4c-9d9d-000000000001";
    private static final Duration DEDUP = TopologySettings.defaults().dedupWindow();
    private static final Duration GRACE = TopologySettings.defaults().lateTouchpointGrace();
    /** Dedup buckets start at multiples of the window since the epoch; this is one such start. */
    private static final Instant BUCKET = Instant.ofEpochMilli(
            (Instant.parse("2026-11-01T00:00:00Z").toEpochMilli() / DEDUP.toMillis() + 1) * DEDUP.toMillis());

    private TopologyHarness engine;

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aCopyOneMillisecondUnderTheWindowLaterIsADuplicateAcrossABucketBoundary() {
        Instant first = BUCKET.minusMillis(1);
        engine = new TopologyHarness(first);
        engine.send(install(APP, "install-1", first).adid(ADID), first);
        engine.send(install(APP, "install-1", first).adid(ADID), first.plus(DEDUP).minusMillis(1));
        assertEquals(1, engine.decisions().size());
        assertEquals(1, engine.observer.duplicates);
    }

    @Test
    void aCopyArrivingWithAnEarlierTimestampAcrossABucketBoundaryIsADuplicate() {
        Instant first = BUCKET.plus(Duration.ofMinutes(10));
        engine = new TopologyHarness(first);
        engine.send(install(APP, "install-1", first).adid(ADID), first);
        // Another ingestion instance whose clock runs 20 minutes behind sent the retry.
        engine.send(install(APP, "install-1", first).adid(ADID), BUCKET.minus(Duration.ofMinutes(10)));
        assertEquals(1, engine.decisions().size());
        assertEquals(1, engine.observer.duplicates);
    }

    @Test
    void anIdSeenTwoWindowsAgoIsNoLongerADuplicate() {
        Instant first = BUCKET;
        engine = new TopologyHarness(first);
        engine.send(install(APP, "install-1", first).adid(ADID), first);
        Instant muchLater = first.plus(DEDUP.multipliedBy(2));
        engine.send(install(APP, "install-1", first).adid(ADID), muchLater);
        assertEquals(2, engine.decisions().size(), "the window promises 7 days; after two windows the id is forgotten");
    }

    @Test
    void aLateClickAtTheEndOfTheGracePeriodInTheNextGenerationStillCorrects() {
        // Filter generations are one grace period long from the epoch; the install arrives at the end of one.
        long generation = GRACE.toMillis();
        Instant installAt = Instant.ofEpochMilli(
                (Instant.parse("2026-11-01T12:00:00Z").toEpochMilli() / generation + 1) * generation - 1);
        engine = new TopologyHarness(installAt);
        engine.send(install(APP, "install-1", installAt).adid(ADID), installAt);
        engine.send(click(APP, "click-late", installAt.minusSeconds(300)).adid(ADID), installAt.plus(GRACE));

        List<Map<String, Object>> decisions = engine.decisions();
        assertEquals(List.of("organic", "attributed"), decisions.stream().map(d -> d.get("status")).toList());
    }

    @Test
    void idsThatShareTheirFirstSixteenBytesOrAreShorterNeverMeetInTheIndex() {
        Instant t0 = Instant.parse("2026-11-01T12:00:00Z");
        engine = new TopologyHarness(t0);
        // The index's prefix bloom hashes 16 bytes: these ids share them, or are prefixes of each other.
        List<String> ids = List.of("0123456789abcdef", "0123456789abcdef-a", "0123456789abcdef-ab", "x", "xy");
        for (int round = 0; round < 3; round++) { // later rounds find earlier rounds' entries in older files
            for (String id : ids) {
                Instant at = t0.plusSeconds(round * 600L);
                engine.send(click(APP, "click-" + round + "-" + id, at).adid(id), at);
                engine.send(click(APP, "cid-click-" + round + "-" + id, at).clickId(id + "-" + round), at);
            }
        }
        Instant later = t0.plusSeconds(3600);
        for (String id : ids) {
            engine.send(install(APP, "install-" + id, later).adid(id), later);
            engine.send(install(APP, "cid-install-" + id, later).clickId(id + "-1"), later);
        }

        List<Map<String, Object>> decisions = engine.decisions();
        assertEquals(2 * ids.size(), decisions.size());
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Object> byDevice = decisions.get(2 * i);
            assertEquals("click-2-" + ids.get(i), byDevice.get("touchpoint_event_id"), "latest click of that id only");
            assertEquals(3, ((List<?>) byDevice.get("explain")).size(), "its three clicks, no other id's");
            Map<String, Object> byClickId = decisions.get(2 * i + 1);
            assertEquals("cid-click-1-" + ids.get(i), byClickId.get("touchpoint_event_id"));
            assertEquals(1, ((List<?>) byClickId.get("explain")).size());
        }
    }
}
