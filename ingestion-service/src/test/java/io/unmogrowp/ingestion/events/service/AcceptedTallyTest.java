package io.unmogrowp.ingestion.events.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.Device;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.event.Platform;
import io.unmogrowp.ingestion.metrics.IngestionMetrics;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A batch's accepted events reach the same counters, with the same counts, as one increment per event did. */
class AcceptedTallyTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void countsEachKindOnceWithItsNumberOfEvents() {
        AcceptedTally tally = new AcceptedTally();
        for (int i = 0; i < 3; i++) {
            tally.add(event(EventType.CLICK, Platform.ANDROID));
        }
        tally.add(event(EventType.CLICK, Platform.IOS));
        tally.add(event(EventType.INSTALL, null));
        tally.add(event(EventType.INSTALL, null));

        tally.report(new IngestionMetrics(registry), "app_tally");

        assertEquals(3.0, processed("click", "android"));
        assertEquals(1.0, processed("click", "ios"));
        assertEquals(2.0, processed("install", "none"));
        assertNull(counter("install", "android"), "no counter for a kind the batch did not have");
    }

    private double processed(String type, String platform) {
        return counter(type, platform).count();
    }

    private Counter counter(String type, String platform) {
        return registry.find("attribution_events_processed_total").tag("app_id", "app_tally").tag("event_type", type)
                .tag("platform", platform).tag("status", "accepted").counter();
    }

    private static Event event(EventType type, Platform platform) {
        Instant now = Instant.parse("2026-12-04T07:00:00Z");
        return new Event("e-" + System.nanoTime(), "app_tally", type, now, platform, Device.EMPTY, null, Campaign.EMPTY,
                null, null, null, Map.of(), now);
    }
}
