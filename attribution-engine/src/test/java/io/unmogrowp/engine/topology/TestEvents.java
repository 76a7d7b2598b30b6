package io.unmogrowp.engine.topology;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds events.raw records in the wire shape ingestion produces. */
final class TestEvents {

    private final Map<String, Object> event = new LinkedHashMap<>();
    private final Map<String, Object> device = new LinkedHashMap<>();
    private final Map<String, Object> campaign = new LinkedHashMap<>();

    private TestEvents(String app, String id, String type, Instant at) {
        event.put("event_id", id);
        event.put("app_id", app);
        event.put("event_type", type);
        event.put("event_time", at.toString());
        event.put("platform", "android");
        event.put("received_at", at.toString());
    }

    static TestEvents click(String app, String id, Instant at) {
        return new TestEvents(app, id, "click", at).source("network_a", "summer");
    }

    static TestEvents impression(String app, String id, Instant at) {
        return new TestEvents(app, id, "impression", at).source("network_v", "views");
    }

    static TestEvents install(String app, String id, Instant at) {
        return new TestEvents(app, id, "install", at);
    }

    static TestEvents reinstall(String app, String id, Instant at) {
        return new TestEvents(app, id, "reinstall", at);
    }

    static TestEvents open(String app, String id, Instant at) {
        return new TestEvents(app, id, "open", at);
    }

    static TestEvents inApp(String app, String id, Instant at, String revenue) {
        TestEvents e = new TestEvents(app, id, "in_app", at);
        e.event.put("event_name", "purchase");
        e.event.put("revenue", new java.math.BigDecimal(revenue));
        e.event.put("currency", "USD");
        return e;
    }

    TestEvents adid(String advertisingId) {
        device.put("advertising_id", advertisingId);
        return this;
    }

    TestEvents androidId(String androidId) {
        device.put("android_id", androidId);
        return this;
    }

    TestEvents fingerprint(String ip, String userAgent, String osVersion) {
        device.put("ip", ip);
        device.put("user_agent", userAgent);
        device.put("os_version", osVersion);
        return this;
    }

    TestEvents clickId(String clickId) {
        event.put("click_id", clickId);
        return this;
    }

    TestEvents source(String mediaSource, String campaignName) {
        campaign.put("media_source", mediaSource);
        campaign.put("campaign", campaignName);
        return this;
    }

    TestEvents receivedAt(Instant at) {
        event.put("received_at", at.toString());
        return this;
    }

    Map<String, Object> toMap() {
        Map<String, Object> copy = new LinkedHashMap<>(event);
        if (!device.isEmpty()) {
            copy.put("device", new LinkedHashMap<>(device));
        }
        String type = (String) event.get("event_type");
        if (!campaign.isEmpty() && (type.equals("click") || type.equals("impression"))) {
            copy.put("campaign", new LinkedHashMap<>(campaign));
        }
        return copy;
    }

    String key() {
        Object id = device.get("advertising_id") != null ? device.get("advertising_id") : device.get("android_id");
        return event.get("app_id") + ":" + (id != null ? id : device.getOrDefault("ip", ""));
    }
}
