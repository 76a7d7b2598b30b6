package io.unmogrowp.engine.codec;

import static io.unmogrowp.engine.codec.WireValues.*;

import io.unmogrowp.core.attribution.Conversion;
import io.unmogrowp.core.event.EventType;
import java.util.Map;

/** Reads the JSON form of a remembered conversion, as written before 2026-12-04 (RecentDecisionCodec now). */
public final class ConversionCodec {

    private ConversionCodec() {
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
