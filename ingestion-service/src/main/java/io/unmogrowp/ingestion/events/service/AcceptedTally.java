package io.unmogrowp.ingestion.events.service;

import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.event.Platform;
import io.unmogrowp.ingestion.metrics.IngestionMetrics;

/**
 * One request's accepted events counted by type and platform, so the processed counters are
 * looked up once per kind in the batch instead of once per event (a key string and a map lookup
 * per event were a twentieth of the service's CPU).
 */
final class AcceptedTally {

    private static final EventType[] TYPES = EventType.values();
    private static final Platform[] PLATFORMS = Platform.values();
    /** One column per platform, and a last one for events without a platform. */
    private static final int COLUMNS = PLATFORMS.length + 1;

    private final int[] counts = new int[TYPES.length * COLUMNS];
    private int total;

    void add(Event event) {
        int platform = event.platform() == null ? PLATFORMS.length : event.platform().ordinal();
        counts[event.eventType().ordinal() * COLUMNS + platform]++;
        total++;
    }

    int total() {
        return total;
    }

    void report(IngestionMetrics metrics, String appId) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                int platform = i % COLUMNS;
                metrics.eventsProcessed(appId, TYPES[i / COLUMNS].wireName(),
                        platform == PLATFORMS.length ? "none" : PLATFORMS[platform].wireName(), true, counts[i]);
            }
        }
    }
}
