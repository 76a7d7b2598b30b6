package io.unmogrowp.gateway.apps.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.unmogrowp.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drives the outbox every 250 ms (gateway.outbox.poll-interval); a full batch is followed at once
 * by the next one. A dedicated thread, because Quarkus' @Scheduled cannot fire more often than once a second.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long FAILURE_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final OutboxBatchPublisher publisher;
    private final int batchSize;
    private final long pollIntervalMillis;
    private ScheduledExecutorService executor;
    private long lastFailureLogged = System.nanoTime() - FAILURE_LOG_INTERVAL_NANOS;

    public OutboxRelay(OutboxBatchPublisher publisher, GatewayConfig config) {
        this.publisher = publisher;
        this.batchSize = config.outbox().batchSize();
        this.pollIntervalMillis = config.outbox().pollInterval().toMillis();
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::relay, pollIntervalMillis, pollIntervalMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(15, TimeUnit.SECONDS);
        }
    }

    void relay() {
        try {
            int published;
            do {
                published = publisher.publishBatch();
            } while (published == batchSize); // a full batch means more rows are probably waiting
        } catch (RuntimeException e) {
            // Runs four times a second: while PostgreSQL is down, log the cause only every 30 s.
            if (System.nanoTime() - lastFailureLogged >= FAILURE_LOG_INTERVAL_NANOS) {
                lastFailureLogged = System.nanoTime();
                LOG.warnf("outbox relay round failed, retrying: %s", e.toString());
            }
        }
    }
}
