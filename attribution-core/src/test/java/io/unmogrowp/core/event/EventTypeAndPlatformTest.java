package io.unmogrowp.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTypeAndPlatformTest {

    @Test
    void eventTypeWireNames() {
        assertEquals(List.of("click", "impression", "install", "reinstall", "open", "in_app"),
                List.of(EventType.values()).stream().map(EventType::wireName).toList());
        for (EventType type : EventType.values()) {
            assertEquals(Optional.of(type), EventType.fromWire(type.wireName()));
        }
        assertEquals(Optional.empty(), EventType.fromWire("CLICK"));
        assertEquals(Optional.empty(), EventType.fromWire(null));
    }

    @Test
    void touchpointsAndConversions() {
        assertEquals(List.of(EventType.CLICK, EventType.IMPRESSION),
                List.of(EventType.values()).stream().filter(EventType::isTouchpoint).toList());
        assertEquals(List.of(EventType.INSTALL, EventType.REINSTALL),
                List.of(EventType.values()).stream().filter(EventType::isConversion).toList());
        assertFalse(EventType.OPEN.isConversion());
        assertTrue(EventType.IMPRESSION.isTouchpoint());
    }

    @Test
    void platformWireNames() {
        assertEquals(List.of("android", "ios", "web"),
                List.of(Platform.values()).stream().map(Platform::wireName).toList());
        assertEquals(Optional.of(Platform.IOS), Platform.fromWire("ios"));
        assertEquals(Optional.empty(), Platform.fromWire("iOS"));
    }
}
