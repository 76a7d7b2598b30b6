package io.unmogrowp.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.Device;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventMaps;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.event.Platform;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming writer lays an event out byte for byte as serialising {@code EventMaps.toWire} does. */
class EventWriterTest {

    private final Random random = new Random(11);

    private String maybe(String value) {
        return random.nextInt(3) == 0 ? null : value + random.nextInt(100);
    }

    private Event randomEvent(int n) {
        Device device = random.nextInt(4) == 0 ? Device.EMPTY : new Device(maybe("ad-"), maybe("v-"), maybe("an-"),
                maybe("10.0.0."), maybe("Mozilla \"quoted\" \u00e9 "), maybe("14."), maybe("Pixel "), maybe("en_"));
        Campaign campaign = random.nextInt(3) == 0 ? Campaign.EMPTY : new Campaign(maybe("net"), maybe("spring"),
                maybe("c"), maybe("as"), maybe("ad"), maybe("site"));
        Map<String, Object> properties = new LinkedHashMap<>();
        Object[] values = {3, 12_345_678_901L, new BigInteger("123456789012345678901"), new BigDecimal("0.50"),
            "text\n", true, null, List.of(1, "a"), Map.of("k", new BigDecimal("1E+3"))};
        for (int i = random.nextInt(4); i > 0; i--) {
            properties.put("p" + i, values[random.nextInt(values.length)]);
        }
        EventType type = EventType.values()[random.nextInt(EventType.values().length)];
        Instant at = Instant.ofEpochMilli(1_770_000_000_000L + random.nextInt(1_000_000_000));
        return new Event("e" + n, "app_a", type, at, random.nextBoolean() ? Platform.ANDROID : null, device,
                maybe("click-"), campaign, maybe("purchase"),
                random.nextBoolean() ? null : new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(4)),
                maybe("US"), properties, random.nextBoolean() ? null : at.plusMillis(1500));
    }

    @Test
    void writesTheBytesTheMapFormWrites() {
        for (int n = 0; n < 5_000; n++) {
            Event event = randomEvent(n);
            byte[] direct = Json.stream(json -> {
                json.writeStartObject();
                EventWriter.writeFields(json, event);
                json.writeEndObject();
            });
            byte[] viaMap = Json.write(EventMaps.toWire(event));
            assertEquals(new String(viaMap, StandardCharsets.UTF_8), new String(direct, StandardCharsets.UTF_8));
            assertEquals(true, Arrays.equals(viaMap, direct));
            assertEquals(event, EventReader.read(direct).orElseThrow());
        }
    }
}
