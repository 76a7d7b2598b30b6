package io.unmogrowp.engine.codec;

import static io.unmogrowp.engine.codec.WireValues.*;

import io.unmogrowp.core.attribution.TouchType;
import io.unmogrowp.core.attribution.Touchpoint;
import java.util.LinkedHashMap;
import java.util.Map;

/** Compact JSON form of a touchpoint as kept in the touchpoint indexes (only what matching needs). */
public final class TouchpointCodec {

    private TouchpointCodec() {
    }

    public static byte[] encode(Touchpoint t) {
        return Json.write(toMap(t));
    }

    public static Map<String, Object> toMap(Touchpoint t) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("event_id", t.eventId());
        map.put("app_id", t.appId());
        map.put("touch_type", t.touchType().wireName());
        map.put("touch_time", millis(t.touchTime()));
        putIfPresent(map, "click_id", t.clickId());
        if (!t.deviceIds().isEmpty()) {
            map.put("device_ids", deviceIds(t.deviceIds()));
        }
        putIfPresent(map, "fingerprint", t.fingerprint());
        putIfPresent(map, "ip", t.ip());
        map.put("campaign", campaign(t.campaign()));
        return map;
    }

    public static Touchpoint decode(byte[] bytes) {
        return fromMap(Json.readMap(bytes).orElseThrow(() -> new IllegalArgumentException("corrupt touchpoint")));
    }

    public static Touchpoint fromMap(Map<String, Object> m) {
        return new Touchpoint(
                string(m, "event_id"),
                string(m, "app_id"),
                TouchType.fromWire(string(m, "touch_type")).orElseThrow(),
                instant(m.get("touch_time")),
                string(m, "click_id"),
                deviceIds(m.get("device_ids")),
                string(m, "fingerprint"),
                string(m, "ip"),
                campaign(m.get("campaign")));
    }
}
