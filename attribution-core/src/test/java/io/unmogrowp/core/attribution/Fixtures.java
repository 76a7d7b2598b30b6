package io.unmogrowp.core.attribution;

import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.DeviceId;
import io.unmogrowp.core.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Conversions and touchpoints around one install at a fixed time. */
final class Fixtures {

    static final String APP = "app_1";
    static final Instant INSTALL_TIME = Instant.parse("2026-12-03T18:00:00Z");
    static final Instant NOW = INSTALL_TIME.plusSeconds(2);
    static final String CLICK_ID = "clk-1";
    static final DeviceId GAID = new DeviceId(DeviceId.ADVERTISING_ID, "gaid-1");
    static final DeviceId IDFV = new DeviceId(DeviceId.IDFV, "idfv-1");
    static final String FINGERPRINT = "203.0.113.7|chrome-mobile|14.0";
    static final String IP = "203.0.113.7";

    private Fixtures() {
    }

    static Conversion install() {
        return conversion(EventType.INSTALL, null);
    }

    static Conversion conversion(EventType type, Instant installBeganAt) {
        return new Conversion("evt-install", APP, type, INSTALL_TIME, CLICK_ID, List.of(GAID, IDFV), FINGERPRINT, IP,
                installBeganAt);
    }

    static Touchpoint touch(String id, TouchType type, Duration before, String clickId, List<DeviceId> ids,
                            String fingerprint) {
        return new Touchpoint(id, APP, type, INSTALL_TIME.minus(before), clickId, ids, fingerprint, "198.51.100.1",
                new Campaign("source-" + id, "campaign-" + id, null, null, null, null));
    }

    static Touchpoint clickById(String id, Duration before) {
        return touch(id, TouchType.CLICK, before, CLICK_ID, List.of(), null);
    }

    static Touchpoint clickByDevice(String id, Duration before) {
        return touch(id, TouchType.CLICK, before, "other-" + id, List.of(GAID), null);
    }

    static Touchpoint impressionByDevice(String id, Duration before) {
        return touch(id, TouchType.IMPRESSION, before, null, List.of(GAID), null);
    }

    static Touchpoint clickByFingerprint(String id, Duration before) {
        return touch(id, TouchType.CLICK, before, null, List.of(), FINGERPRINT);
    }

    static Touchpoint impressionByFingerprint(String id, Duration before) {
        return touch(id, TouchType.IMPRESSION, before, null, List.of(), FINGERPRINT);
    }

    static Touchpoint withIp(Touchpoint t, String ip) {
        return new Touchpoint(t.eventId(), t.appId(), t.touchType(), t.touchTime(), t.clickId(), t.deviceIds(),
                t.fingerprint(), ip, t.campaign());
    }

    static Touchpoint withApp(Touchpoint t, String appId) {
        return new Touchpoint(t.eventId(), appId, t.touchType(), t.touchTime(), t.clickId(), t.deviceIds(),
                t.fingerprint(), t.ip(), t.campaign());
    }

    static Touchpoint at(Touchpoint t, Instant time) {
        return new Touchpoint(t.eventId(), t.appId(), t.touchType(), time, t.clickId(), t.deviceIds(),
                t.fingerprint(), t.ip(), t.campaign());
    }

    /** Puts each touchpoint in the list of the index that would find it, as the engine does. */
    static CandidateSet found(Touchpoint... touchpoints) {
        List<Touchpoint> all = List.of(touchpoints);
        return new CandidateSet(
                all.stream().filter(t -> CLICK_ID.equals(t.clickId())).toList(),
                all.stream().filter(t -> !t.deviceIds().isEmpty()).toList(),
                all.stream().filter(t -> t.fingerprint() != null).toList());
    }

    static Decision decide(CandidateSet candidates) {
        return new Attributor().decide(install(), candidates, null, AttributionSettings.defaults(), NOW);
    }

    static Decision decide(CandidateSet candidates, AttributionSettings settings) {
        return new Attributor().decide(install(), candidates, null, settings, NOW);
    }

    static ExplainEntry explainOf(Decision decision, String touchpointId) {
        return decision.explain().stream().filter(e -> e.touchpointEventId().equals(touchpointId)).findFirst()
                .orElseThrow(() -> new AssertionError(touchpointId + " missing from explain " + decision.explain()));
    }

    static Duration days(long d) {
        return Duration.ofDays(d);
    }

    static Duration hours(long h) {
        return Duration.ofHours(h);
    }
}
