package io.unmogrowp.loadgen;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    /** Reused for every batch: one copy out per request body. */
    private final AsciiBuffer body = new AsciiBuffer(64 * 1024);

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
        AsciiBuffer json = new AsciiBuffer(480);
        write(json, kind, now.toEpochMilli());
        return json.toString();
    }

    /** {"events":[...]} with {@code size} events. */
    public String batch(int size, Instant now) {
        return new String(batchBytes(size, now.toEpochMilli()), StandardCharsets.US_ASCII);
    }

    /** The same batch as {@link #batch}, encoded, without a String in between. */
    public byte[] batchBytes(int size, long nowMillis) {
        return writeBatch(size, nowMillis).toBytes();
    }

    /**
     * The next batch written into {@code reused} (its earlier content replaced) and returned as a request
     * body backed by it: no new array per request. The caller must not reuse it before the request is done.
     */
    public Buffer batchInto(ByteBuf reused, int size, long nowMillis) {
        return Buffer.buffer(writeBatch(size, nowMillis).copyInto(reused));
    }

    private AsciiBuffer writeBatch(int size, long nowMillis) {
        body.clear();
        body.append("{\"events\":[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                body.append(',');
            }
            write(body, nextKind(), nowMillis);
        }
        return body.append("]}");
    }

    private void write(AsciiBuffer json, Kind kind, long nowMillis) {
        long idRandom = random.nextLong();
        long idSequence = sequence++;
        String clickedDevice = null;
        long deviceMost = 0;
        long deviceLeast = 0;
        if (kind == Kind.ATTRIBUTED_INSTALL) {
            clickedDevice = clickedDevices.get(random.nextInt(clickedDevices.size()));
        } else {
            deviceMost = random.nextLong();
            deviceLeast = random.nextLong();
        }
        if (kind == Kind.CLICK) {
            // Kept as text: later installs write it back as their advertising id.
            remember(new UUID(deviceMost, deviceLeast).toString());
        }
        long eventTime = nowMillis - random.nextInt(5_000);
        int ipC = random.nextInt(256);
        int ipD = random.nextInt(256);
        json.append("{\"event_id\":\"lg-").appendHex(idRandom).append('-').appendInt(idSequence)
                .append("\",\"app_id\":\"").append(appId)
                .append("\",\"event_type\":\"").append(kind.eventType)
                .append("\",\"event_time\":\"").appendTimestamp(eventTime)
                .append("\",\"platform\":\"android\",\"device\":{\"advertising_id\":\"");
        if (clickedDevice != null) {
            json.append(clickedDevice);
        } else {
            json.appendUuid(deviceMost, deviceLeast);
        }
        json.append("\",\"ip\":\"203.0.").appendInt(ipC).append('.').appendInt(ipD)
                .append("\",\"user_agent\":\"").append(USER_AGENT)
                .append("\",\"os_version\":\"14\",\"model\":\"").append(MODELS[random.nextInt(MODELS.length)])
                .append("\"}");
        switch (kind) {
            case CLICK, IMPRESSION -> json.append(",\"campaign\":{\"media_source\":\"")
                    .append(MEDIA_SOURCES[random.nextInt(MEDIA_SOURCES.length)])
                    .append("\",\"campaign\":\"").append(CAMPAIGNS[random.nextInt(CAMPAIGNS.length)])
                    .append("\",\"campaign_id\":\"c-").appendInt(random.nextInt(50)).append("\"}");
            case IN_APP -> json.append(",\"event_name\":\"purchase\",\"revenue\":")
                    .appendCents(99 + random.nextInt(2000))
                    .append(",\"currency\":\"USD\"");
            default -> {
            }
        }
        json.append('}');
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
