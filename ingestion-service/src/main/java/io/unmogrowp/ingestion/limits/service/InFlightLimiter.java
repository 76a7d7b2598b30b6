package io.unmogrowp.ingestion.limits.service;

import io.unmogrowp.ingestion.config.IngestionConfig;
import io.unmogrowp.ingestion.errors.RequestRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;

/**
 * Bounds the events being processed at once; past the bound a request is refused with 429 at
 * once rather than queued, so overload costs a retry, not memory.
 */
@ApplicationScoped
public class InFlightLimiter {

    private final Semaphore permits;
    private final int retryAfterSeconds;
    private final int capacity;

    @Inject
    public InFlightLimiter(IngestionConfig config) {
        this(config.limits().maxInFlightEvents(), config.limits().retryAfterSeconds());
    }

    public InFlightLimiter(int capacity, int retryAfterSeconds) {
        this.capacity = capacity;
        this.permits = new Semaphore(capacity);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Reserves room for {@code events} (at least one, for the request itself); release with the returned lease. */
    public Lease acquire(int events) {
        int wanted = Math.min(Math.max(1, events), capacity);
        if (!permits.tryAcquire(wanted)) {
            throw RequestRejected.overloaded("the service is at its in-flight limit of " + capacity
                    + " events; retry after the Retry-After seconds", retryAfterSeconds);
        }
        return () -> permits.release(wanted);
    }

    /** Returned by {@link #acquire}; closing it gives the room back. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    public int available() {
        return permits.availablePermits();
    }
}
