package io.unmogrowp.engine.codec;

import static io.unmogrowp.engine.codec.WireValues.*;

import io.unmogrowp.core.attribution.Conversion;
import io.unmogrowp.core.event.EventType;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON form of a conversion as remembered for late-touchpoint corrections. */
public final class ConversionCodec {

    private ConversionCodec() {
    }

    public static Map<String, Object> toMap(Conversion c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("event_id", c.eventId());
        map.put("app_id", c.appId());
        map.put("type", c.type().wireName());
        map.put("conversion_time", millis(c.conversionTime()));
        putIfPresent(map, "click_id", c.clickId());
        if (!c.deviceIds().isEmpty()) {
            map.put("device_ids", deviceIds(c.deviceIds()));
        }
        putIfPresent(map, "fingerprint", c.fingerprint());
        putIfPresent(map, "ip", c.ip());
        putIfPresent(map, "install_began_at", millis(c.installBeganAt()));
        return map;
    }

    public static Conversion fromMap(Map<String, Object> m) {
        return new Conversion(
                string(m, "event_id"),
                string(m, "app_id"),
                EventType.fromWire(string(m, "type")).orElseThrow(),
                instant(m.get("conversion_time")),
                string(m, "click_id"),
                deviceIds(m.get("device_ids")),
                string(m, "fingerprint"),
                string(m, "ip"),
                instant(m.get("install_began_at")));
    }
}
