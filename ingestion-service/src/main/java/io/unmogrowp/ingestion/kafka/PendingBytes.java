package io.unmogrowp.ingestion.kafka;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes handed to the producer and not yet acknowledged, held under a budget below its
 * buffer.memory: send() blocks (on the event loop) when that buffer is full, so a request that
 * would overfill it is refused at once instead. The in-flight limiter counts events, not bytes.
 */
final class PendingBytes {

    private final long budget;
    private final AtomicLong pending = new AtomicLong();

    PendingBytes(long budget) {
        this.budget = budget;
    }

    /** Reserves {@code bytes}, or returns false when they do not fit. */
    boolean tryReserve(long bytes) {
        while (true) {
            long current = pending.get();
            if (current + bytes > budget && current > 0) {
                return false;
            }
            if (pending.compareAndSet(current, current + bytes)) {
                return true;
            }
        }
    }

    void release(long bytes) {
        pending.addAndGet(-bytes);
    }

    long budget() {
        return budget;
    }
}
