package io.unmogrowp.engine.topology;

import java.time.Duration;

/**
 * In memory, which identifier keys (click id, device ids, fingerprint) belong to conversions of the
 * late-touchpoint grace period. A touchpoint sharing none of them cannot correct any decision, so it
 * skips the conversion-index lookups, which were a tenth of the engine's time although nearly every
 * touchpoint finds nothing. Two generations, each one grace period of arrival time long, so keys leave
 * as the grace period passes. Derived state only: the processor rebuilds it from the conversion index
 * whenever its task is initialised (after restore, and after an aborted transaction).
 */
final class RecentConversionKeys {

    private final long generationMillis;
    private KeyFilter current = new KeyFilter();
    private KeyFilter previous = new KeyFilter();
    private long currentGeneration = Long.MIN_VALUE;

    RecentConversionKeys(Duration grace) {
        this.generationMillis = Math.max(1, grace.toMillis());
    }

    void add(String key, long arrivedAt) {
        advanceTo(arrivedAt);
        current.add(key);
    }

    /** False only when no conversion of the last grace period has this key; true may be a false positive. */
    boolean mightBeShared(String key, long now) {
        advanceTo(now);
        return current.mightContain(key) || previous.mightContain(key);
    }

    // Generations follow the newest arrival seen, as the index's own retention follows stream time.
    private void advanceTo(long at) {
        long generation = Math.floorDiv(at, generationMillis);
        if (currentGeneration == Long.MIN_VALUE) {
            currentGeneration = generation;
        } else if (generation == currentGeneration + 1) {
            previous = current;
            current = new KeyFilter();
            currentGeneration = generation;
        } else if (generation > currentGeneration + 1) {
            previous = new KeyFilter();
            current = new KeyFilter();
            currentGeneration = generation;
        }
    }
}
