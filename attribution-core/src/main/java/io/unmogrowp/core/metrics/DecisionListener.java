package io.unmogrowp.core.metrics;

import io.unmogrowp.core.attribution.Decision;

/** Told about every decision the {@code Attributor} makes; the engine plugs its metrics in here. */
@FunctionalInterface
public interface DecisionListener {

    DecisionListener NOOP = decision -> { };

    void onDecision(Decision d);
}
