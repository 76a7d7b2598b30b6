package io.unmogrowp.engine.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.unmogrowp.core.attribution.DecisionStatus;
import io.unmogrowp.core.event.DeviceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The device purge sweeps the store in bounded slices and comes round again. */
class DevicePurgeTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    @Test
    void eachCallLooksAtOneSliceAndTheSweepWrapsAround() {
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("devices"),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
        MockProcessorContext<String, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        DeviceAttributions devices = new DeviceAttributions(store);
        Instant old = NOW.minus(Duration.ofDays(200));
        for (String id : List.of("a", "b", "c", "d", "e")) {
            devices.put("app_x", List.of(new DeviceId("advertising_id", id)), attribution(id, old));
        }
        devices.put("app_x", List.of(new DeviceId("advertising_id", "f")), attribution("f", NOW));
        Instant cutoff = NOW.minus(Duration.ofDays(180));

        assertEquals(2, devices.purgeInactiveBefore(cutoff, 2), "a, b");
        assertEquals(2, devices.purgeInactiveBefore(cutoff, 2), "c, d");
        assertEquals(1, devices.purgeInactiveBefore(cutoff, 2), "e; f is active and stays");
        devices.put("app_x", List.of(new DeviceId("advertising_id", "a")), attribution("a", old));
        assertEquals(1, devices.purgeInactiveBefore(cutoff, 2), "the sweep came round to the start again");

        assertNull(store.get(IndexKeys.device("app_x", new DeviceId("advertising_id", "c"))));
        assertEquals("install-f", devices.find("app_x", List.of(new DeviceId("advertising_id", "f")))
                .orElseThrow().conversionEventId());
    }

    private static DeviceAttribution attribution(String id, Instant lastActivity) {
        return new DeviceAttribution("install-" + id, lastActivity, DecisionStatus.ORGANIC, null, null, "none",
                lastActivity, false);
    }
}
