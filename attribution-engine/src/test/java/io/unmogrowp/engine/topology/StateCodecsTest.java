package io.unmogrowp.engine.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.core.attribution.Conversion;
import io.unmogrowp.core.attribution.DecisionStatus;
import io.unmogrowp.core.attribution.PriorAttribution;
import io.unmogrowp.core.event.DeviceId;
import io.unmogrowp.core.event.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binary state codecs: every field survives, and entries written as JSON before are still read. */
class StateCodecsTest {

    private static final Instant AT = Instant.parse("2026-11-01T12:00:00.123Z");

    @Test
    void aDeviceAttributionRoundTripsWithNullFields() {
        DeviceAttribution full = new DeviceAttribution("install-1", AT, DecisionStatus.ATTRIBUTED, "network_a", "spring",
                "device_id", AT.plusSeconds(60), true);
        DeviceAttribution sparse = new DeviceAttribution("install-2", AT, DecisionStatus.ORGANIC, null, null, "none",
                AT, false);
        assertEquals(full, DeviceAttributionCodec.decode(DeviceAttributionCodec.encode(full)).orElseThrow());
        assertEquals(sparse, DeviceAttributionCodec.decode(DeviceAttributionCodec.encode(sparse)).orElseThrow());
    }

    @Test
    void aDeviceAttributionWrittenAsJsonIsStillRead() {
        String json = "{\"conversion_event_id\":\"install-1\",\"conversion_time\":" + AT.toEpochMilli()
                + ",\"status\":\"attributed\",\"media_source\":\"network_a\",\"campaign\":\"spring\","
                + "\"match_type\":\"device_id\",\"last_activity\":" + AT.toEpochMilli() + ",\"reengagement\":false}";
        DeviceAttribution read = DeviceAttributionCodec.decode(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertEquals(new DeviceAttribution("install-1", AT, DecisionStatus.ATTRIBUTED, "network_a", "spring", "device_id",
                AT, false), read);
    }

    @Test
    void unreadableBytesAreEmptyNotAnException() {
        assertTrue(DeviceAttributionCodec.decode(new byte[] {9, 9, 9}).isEmpty());
        assertTrue(DeviceAttributionCodec.decode(new byte[] {1, 0}).isEmpty());
        assertTrue(RecentDecisionCodec.decode(new byte[] {1}).isEmpty());
        assertTrue(RecentDecisionCodec.decode("{not json".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void aRememberedDecisionRoundTripsWithAndWithoutAPrior() {
        Conversion reinstall = new Conversion("reinstall-1", "app_aaaaaaaaaaaa", EventType.REINSTALL, AT, "click-9",
                List.of(new DeviceId("advertising_id", "ad-1"), new DeviceId("idfv", "v-1")), "203.0.113.7|safari|17.1",
                "203.0.113.7", AT.minusSeconds(30));
        PriorAttribution prior = new PriorAttribution("install-1", AT.minusSeconds(86_400), DecisionStatus.ATTRIBUTED,
                "network_a", AT.minusSeconds(3_600));
        RecentDecisions.Entry withPrior = new RecentDecisions.Entry(reinstall, prior, 3, "attributed|click_id|c|", 42L);
        assertEquals(withPrior, RecentDecisionCodec.decode(RecentDecisionCodec.encode(withPrior)).orElseThrow());

        Conversion bare = new Conversion("install-2", "app_aaaaaaaaaaaa", EventType.INSTALL, AT, null, List.of(), null,
                null, null);
        RecentDecisions.Entry noPrior = new RecentDecisions.Entry(bare, null, 1, "organic|none||", 7L);
        assertEquals(noPrior, RecentDecisionCodec.decode(RecentDecisionCodec.encode(noPrior)).orElseThrow());
    }

    @Test
    void aRememberedDecisionWrittenAsJsonIsStillRead() {
        String json = "{\"conversion\":{\"event_id\":\"install-1\",\"app_id\":\"app_aaaaaaaaaaaa\",\"type\":\"install\","
                + "\"conversion_time\":" + AT.toEpochMilli() + ",\"device_ids\":[{\"kind\":\"advertising_id\",\"value\":\"ad-1\"}]},"
                + "\"version\":2,\"outcome\":\"organic|none||\",\"arrived_at\":99}";
        RecentDecisions.Entry read = RecentDecisionCodec.decode(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertEquals("install-1", read.conversion().eventId());
        assertEquals(List.of(new DeviceId("advertising_id", "ad-1")), read.conversion().deviceIds());
        assertEquals(2, read.version());
        assertEquals(99L, read.arrivedAt());
        assertEquals(null, read.prior());
    }
}
