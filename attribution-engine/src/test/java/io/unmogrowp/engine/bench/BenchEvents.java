package io.unmogrowp.engine.bench;

import io.unmogrowp.engine.codec.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Realistic journeys for the engine benchmark: a click and an impression then an install and a purchase
 * for three devices in four, an organic install and purchase for the fourth. About 350 bytes an event.
 */
final class BenchEvents {

    static final int EVENTS_PER_ATTRIBUTED_JOURNEY = 4;

    private final Random random;
    private final int apps;

    /** The same seed gives the same devices: runs on separate state may share one, runs on shared state must not. */
    BenchEvents(int apps, long seed) {
        this.apps = apps;
        this.random = new Random(seed);
    }

    interface Sink {
        void accept(String key, byte[] value, boolean touchpoint);
    }

    /** Emits one journey; returns the number of events. */
    int journey(long n, Instant at, Sink sink) {
        String app = String.format("app_bench%07d", n % apps);
        String adid = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
        String ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
        String key = app + ":" + adid;
        int events = 0;
        if (n % 4 != 0) {
            sink.accept(key, event(app, "c" + n, "click", at.minusSeconds(3600), adid, ip), true);
            sink.accept(key, event(app, "v" + n, "impression", at.minusSeconds(1800), adid, ip), true);
            events += 2;
        }
        sink.accept(key, event(app, "i" + n, "install", at, adid, ip), false);
        sink.accept(key, event(app, "p" + n, "in_app", at.plusSeconds(60), adid, ip), false);
        return events + 2;
    }

    private byte[] event(String app, String id, String type, Instant at, String adid, String ip) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event_id", id);
        e.put("app_id", app);
        e.put("event_type", type);
        e.put("event_time", at.toString());
        e.put("platform", "android");
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("advertising_id", adid);
        device.put("ip", ip);
        device.put("user_agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile");
        device.put("os_version", "14");
        e.put("device", device);
        if (type.equals("click") || type.equals("impression")) {
            e.put("campaign", Map.of("media_source", "network_" + random.nextInt(8), "campaign", "campaign_"
                    + random.nextInt(50), "site_id", "site_" + random.nextInt(200)));
        }
        if (type.equals("in_app")) {
            e.put("event_name", "purchase");
            e.put("revenue", 4.99);
            e.put("currency", "USD");
        }
        e.put("received_at", Instant.now().toString());
        return Json.write(e);
    }
}
