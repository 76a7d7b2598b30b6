package io.unmogrowp.engine.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-app running counts behind the accuracy and decision-share gauges (since this instance started:
 * Prometheus keeps the history, and each instance reports the apps of its own partitions).
 */
final class AppStats {

    private final Map<DecisionClass, AtomicLong> decisions = new EnumMap<>(DecisionClass.class);
    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong agreements = new AtomicLong();

    private AppStats() {
        for (DecisionClass c : DecisionClass.values()) {
            decisions.put(c, new AtomicLong());
        }
    }

    static AppStats register(MeterRegistry registry, String appId) {
        AppStats stats = new AppStats();
        Gauge.builder("attribution_accuracy_percent", stats, AppStats::accuracyPercent)
                .description("Share of blind fingerprint matches that found the deterministic winner (estimated probabilistic precision)")
                .tag("app_id", appId)
                .register(registry);
        for (DecisionClass c : DecisionClass.values()) {
            Gauge.builder("attribution_decision_share_percent", stats, s -> s.sharePercent(c))
                    .description("Share of first decisions by class")
                    .tag("app_id", appId)
                    .tag("class", c.label())
                    .register(registry);
        }
        return stats;
    }

    void countDecision(DecisionClass c) {
        decisions.get(c).incrementAndGet();
    }

    void countAccuracySample(boolean agreed) {
        samples.incrementAndGet();
        if (agreed) {
            agreements.incrementAndGet();
        }
    }

    /** NaN until there is a sample, so an app without fingerprint overlap never looks 0 % accurate. */
    double accuracyPercent() {
        long n = samples.get();
        return n == 0 ? Double.NaN : 100.0 * agreements.get() / n;
    }

    double sharePercent(DecisionClass c) {
        long total = decisions.values().stream().mapToLong(AtomicLong::get).sum();
        return total == 0 ? 0.0 : 100.0 * decisions.get(c).get() / total;
    }
}
