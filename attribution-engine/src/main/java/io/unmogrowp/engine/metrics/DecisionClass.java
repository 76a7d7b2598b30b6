package io.unmogrowp.engine.metrics;

/** How a conversion was decided, for the share-of-decisions gauge. */
enum DecisionClass {
    DETERMINISTIC, PROBABILISTIC, ORGANIC;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
