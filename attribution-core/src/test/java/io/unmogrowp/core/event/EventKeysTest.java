package io.unmogrowp.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventKeysTest {

    private static Event eventOn(Device device) {
        return new Event("e", "app_1", EventType.CLICK, Instant.EPOCH, null, device, null, null, null, null, null,
                null, null);
    }

    @Test
    void strongestDeviceIdThenIpThenNothing() {
        assertEquals("app_1:gaid", EventKeys.rawEventKey(eventOn(new Device("gaid", "idfv", null, "1.2.3.4", null, null, null, null))));
        assertEquals("app_1:idfv", EventKeys.rawEventKey(eventOn(new Device(Device.ZEROED_ADVERTISING_ID, "idfv", null, "1.2.3.4", null, null, null, null))));
        assertEquals("app_1:1.2.3.4", EventKeys.rawEventKey(eventOn(new Device(null, null, null, "1.2.3.4", null, null, null, null))));
        assertEquals("app_1:", EventKeys.rawEventKey(eventOn(Device.EMPTY)));
    }
}
