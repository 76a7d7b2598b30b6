package io.unmogrowp.gateway.apps.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.unmogrowp.gateway.apps.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/** Gauge gateway_outbox_pending: app-config records written but not yet acknowledged by Kafka. */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final OutboxRepository outbox;
    private final AtomicLong pending = new AtomicLong();

    public OutboxMetrics(OutboxRepository outbox, MeterRegistry registry) {
        this.outbox = outbox;
        Gauge.builder("gateway_outbox_pending", pending, AtomicLong::get)
                .description("Outbox rows not yet published to Kafka")
                .register(registry);
    }

    // Counted on a schedule rather than per scrape, so a slow database never stalls /q/metrics.
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            pending.set(outbox.countUnpublished());
        } catch (RuntimeException e) {
            LOG.debugf("outbox count unavailable: %s", e.getMessage());
        }
    }
}
