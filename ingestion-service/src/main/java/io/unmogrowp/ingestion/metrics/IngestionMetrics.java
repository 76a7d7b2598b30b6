package io.unmogrowp.ingestion.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The meters named in the monitoring report. Label values are bounded: app ids only of known
 * apps, event types and platforms only from their enums (else "other" / "none").
 */
@ApplicationScoped
public class IngestionMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger inFlightRequests = new AtomicInteger();
    private final Timer processingDuration;
    private final Map<String, Counter> processed = new ConcurrentHashMap<>();
    private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
    private final Map<String, Counter> requests = new ConcurrentHashMap<>();

    public IngestionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.processingDuration = Timer.builder("attribution_event_processing_duration_seconds")
                .description("Time to process one ingestion request, from receipt to answer")
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
                        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .register(registry);
        Gauge.builder("attribution_active_connections", inFlightRequests, AtomicInteger::get)
                .description("HTTP requests being processed right now")
                .register(registry);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Gauge.builder("attribution_memory_usage_bytes", memory,
                        m -> m.getHeapMemoryUsage().getUsed() + m.getNonHeapMemoryUsage().getUsed())
                .description("JVM heap plus non-heap memory in use")
                .baseUnit("bytes")
                .register(registry);
    }

    public void requestStarted() {
        inFlightRequests.incrementAndGet();
    }

    public void requestFinished(long startNanos, String outcome) {
        inFlightRequests.decrementAndGet();
        processingDuration.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
        requests.computeIfAbsent(outcome, key -> Counter.builder("ingestion_requests_total")
                .description("Ingestion requests by outcome")
                .tag("outcome", outcome)
                .register(registry))
                .increment();
    }

    public void eventProcessed(String appId, String eventType, String platform, boolean accepted) {
        eventsProcessed(appId, eventType, platform, accepted, 1);
    }

    /** {@code count} events of one kind at once. */
    public void eventsProcessed(String appId, String eventType, String platform, boolean accepted, int count) {
        // Cache the counters: a registry lookup per call costs measurable CPU at 20k+ events/s.
        processed.computeIfAbsent(appId + '\u0000' + eventType + '\u0000' + platform + '\u0000' + accepted,
                key -> Counter.builder("attribution_events_processed_total")
                .description("Events received, by app, type, platform and whether they were accepted")
                .tag("app_id", appId)
                .tag("event_type", eventType)
                .tag("platform", platform)
                .tag("status", accepted ? "accepted" : "rejected")
                .register(registry))
                .increment(count);
    }

    public void eventRejected(String reason) {
        rejected.computeIfAbsent(reason, key -> Counter.builder("ingestion_events_rejected_total")
                .description("Rejected events and requests by reason code")
                .tag("reason", reason)
                .register(registry))
                .increment();
    }

    public void deadLetterFailed() {
        Counter.builder("ingestion_dead_letter_failures_total")
                .description("Whole-request rejections that could not be written to events.rejected")
                .register(registry)
                .increment();
    }
}
