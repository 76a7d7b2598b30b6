package io.unmogrowp.engine.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.unmogrowp.core.attribution.Decision;
import io.unmogrowp.core.attribution.MatchType;
import io.unmogrowp.engine.topology.EngineObserver;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Decision metrics named in docs/observability.md. Labels stay low-cardinality: app, status, match
 * type and decision class, never event or device ids.
 */
@ApplicationScoped
public class EngineMetrics implements EngineObserver {

    private final MeterRegistry registry;
    private final Timer.Builder latency;
    private final ConcurrentMap<String, AppStats> apps = new ConcurrentHashMap<>();
    private final Counter unreadable;

    public EngineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("attribution_decision_latency")
                .description("Time from ingestion's receipt of a conversion to its published decision")
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5))
                .publishPercentileHistogram(false);
        this.unreadable = Counter.builder("attribution_unreadable_records")
                .description("Records on events.raw that were not readable events and were skipped")
                .register(registry);
    }

    @Override
    public void onDecision(Decision decision, int version, Duration sinceReceipt) {
        String app = decision.appId();
        registry.counter("attribution_decisions", Tags.of("app_id", app, "status", decision.status().wireName(),
                "match_type", decision.matchType().wireName())).increment();
        if (version > 1) {
            registry.counter("attribution_decision_corrections", Tags.of("app_id", app)).increment();
        } else {
            latency.register(registry).record(sinceReceipt);
            stats(app).countDecision(classOf(decision.matchType()));
        }
        for (String reason : decision.fraudReasons()) {
            registry.counter("attribution_fraud_flags", Tags.of("app_id", app, "reason", reason)).increment();
        }
    }

    @Override
    public void onDuplicate(String appId) {
        registry.counter("attribution_duplicates_dropped", Tags.of("app_id", appId)).increment();
    }

    @Override
    public void onUnreadable() {
        unreadable.increment();
    }

    @Override
    public void onAccuracySample(String appId, boolean agreed) {
        stats(appId).countAccuracySample(agreed);
    }

    private AppStats stats(String appId) {
        return apps.computeIfAbsent(appId, id -> AppStats.register(registry, id));
    }

    private static DecisionClass classOf(MatchType matchType) {
        return switch (matchType) {
            case CLICK_ID, DEVICE_ID -> DecisionClass.DETERMINISTIC;
            case FINGERPRINT -> DecisionClass.PROBABILISTIC;
            case NONE -> DecisionClass.ORGANIC;
        };
    }
}
