package io.unmogrowp.engine.topology;

import io.unmogrowp.core.attribution.Decision;
import java.time.Duration;

/** Hooks the topology calls so metrics stay outside the processing code (tests pass {@link #NOOP}). */
public interface EngineObserver {

    EngineObserver NOOP = new EngineObserver() {
    };

    /** A decision was published; {@code sinceReceipt} runs from ingestion's receive time. */
    default void onDecision(Decision decision, int version, Duration sinceReceipt) {
    }

    default void onDuplicate(String appId) {
    }

    /** A record on events.raw that is not a readable event; skipped and counted, never retried forever. */
    default void onUnreadable() {
    }

    /**
     * The fingerprint matcher was run blind on a deterministic match and found a touchpoint; {@code agreed}
     * says whether it found the same one (the estimate of probabilistic precision).
     */
    default void onAccuracySample(String appId, boolean agreed) {
    }
}
