package io.unmogrowp.loadgen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic events with a known ground truth: clicks and impressions on campaigns, installs that
 * share a device id with an earlier click (should be attributed to it), organic installs (no
 * touchpoint), and in-app purchases with revenue. Seeded, so a run is reproducible.
 */
public final class EventFactory {

    /** Share of each kind in the stream, in percent. */
    static final int CLICK_PCT = 40;
    static final int IMPRESSION_PCT = 20;
    static final int ATTRIBUTED_INSTALL_PCT = 10;
    static final int ORGANIC_INSTALL_PCT = 5;

    private static final String[] MEDIA_SOURCES = {"googleadwords_int", "facebook_int", "tiktok_int", "unityads_int"};
    private static final String[] CAMPAIGNS = {"summer_sale", "retarget_q3", "brand_awareness", "new_levels"};
    private static final String[] MODELS = {"Pixel 8", "SM-S918B", "iPhone15,2", "Redmi Note 12"};
    private static final String USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/120.0 Mobile";

    private final String appId;
    private final Random random;
    /** Devices that clicked recently, so later installs can share their advertising id. */
    private final List<String> clickedDevices = new ArrayList<>();
    private long sequence;

    public EventFactory(String appId, long seed) {
        this.appId = appId;
        this.random = new Random(seed);
    }

    /** The kind of the next event, drawn by the configured mix. */
    public Kind nextKind() {
        int roll = random.nextInt(100);
        if (roll < CLICK_PCT) {
            return Kind.CLICK;
        }
        if (roll < CLICK_PCT + IMPRESSION_PCT) {
            return Kind.IMPRESSION;
        }
        if (roll < CLICK_PCT + IMPRESSION_PCT + ATTRIBUTED_INSTALL_PCT) {
            return clickedDevices.isEmpty() ? Kind.ORGANIC_INSTALL : Kind.ATTRIBUTED_INSTALL;
        }
        if (roll < CLICK_PCT + IMPRESSION_PCT + ATTRIBUTED_INSTALL_PCT + ORGANIC_INSTALL_PCT) {
            return Kind.ORGANIC_INSTALL;
        }
        return Kind.IN_APP;
    }

    public String nextEvent(Instant now) {
        return event(nextKind(), now);
    }

    /** A JSON event of the given kind, about 400 bytes. */
    public String event(Kind kind, Instant now) {
        String eventId = "lg-" + Long.toHexString(random.nextLong()) + "-" + (sequence++);
        String device = switch (kind) {
            case ATTRIBUTED_INSTALL -> clickedDevices.get(random.nextInt(clickedDevices.size()));
            default -> new UUID(random.nextLong(), random.nextLong()).toString();
        };
        if (kind == Kind.CLICK) {
            remember(device);
        }
        String eventTime = now.minusMillis(random.nextInt(5_000)).toString();
        String ip = "203.0." + random.nextInt(256) + "." + random.nextInt(256);
        StringBuilder json = new StringBuilder(480);
        json.append("{\"event_id\":\"").append(eventId)
                .append("\",\"app_id\":\"").append(appId)
                .append("\",\"event_type\":\"").append(kind.eventType)
                .append("\",\"event_time\":\"").append(eventTime)
                .append("\",\"platform\":\"android\",\"device\":{\"advertising_id\":\"").append(device)
                .append("\",\"ip\":\"").append(ip)
                .append("\",\"user_agent\":\"").append(USER_AGENT)
                .append("\",\"os_version\":\"14\",\"model\":\"").append(MODELS[random.nextInt(MODELS.length)])
                .append("\"}");
        switch (kind) {
            case CLICK, IMPRESSION -> json.append(",\"campaign\":{\"media_source\":\"")
                    .append(MEDIA_SOURCES[random.nextInt(MEDIA_SOURCES.length)])
                    .append("\",\"campaign\":\"").append(CAMPAIGNS[random.nextInt(CAMPAIGNS.length)])
                    .append("\",\"campaign_id\":\"c-").append(random.nextInt(50)).append("\"}");
            case IN_APP -> json.append(",\"event_name\":\"purchase\",\"revenue\":")
                    .append(String.format(Locale.ROOT, "%.2f", 0.99 + random.nextInt(2000) / 100.0))
                    .append(",\"currency\":\"USD\"");
            default -> {
            }
        }
        return json.append('}').toString();
    }

    /** {"events":[...]} with {@code size} events. */
    public String batch(int size, Instant now) {
        StringBuilder body = new StringBuilder(size * 460 + 16).append("{\"events\":[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append(nextEvent(now));
        }
        return body.append("]}").toString();
    }

    private void remember(String device) {
        if (clickedDevices.size() < 10_000) {
            clickedDevices.add(device);
        } else {
            clickedDevices.set(random.nextInt(clickedDevices.size()), device);
        }
    }

    /** What an event is, with the ground truth the engine should reach for installs. */
    public enum Kind {
        CLICK("click"), IMPRESSION("impression"), ATTRIBUTED_INSTALL("install"), ORGANIC_INSTALL("install"),
        IN_APP("in_app");

        final String eventType;

        Kind(String eventType) {
            this.eventType = eventType;
        }
    }
}
