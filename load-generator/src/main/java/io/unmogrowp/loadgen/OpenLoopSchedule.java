package io.unmogrowp.loadgen;

/**
 * A fixed send schedule: request {@code i} is due at {@code start + i * interval}, whatever
 * happened to earlier requests. Latency is measured from that due time, so a slow server cannot
 * hide its queueing delay by slowing the generator down (coordinated omission).
 */
public final class OpenLoopSchedule {

    private final long startNanos;
    private final double intervalNanos;

    public OpenLoopSchedule(long startNanos, double eventsPerSecond, int eventsPerRequest) {
        if (eventsPerSecond <= 0 || eventsPerRequest <= 0) {
            throw new IllegalArgumentException("rate and batch size must be positive");
        }
        this.startNanos = startNanos;
        this.intervalNanos = 1_000_000_000.0 * eventsPerRequest / eventsPerSecond;
    }

    public long dueNanos(long requestIndex) {
        return startNanos + Math.round(requestIndex * intervalNanos);
    }

    /** How many requests are due by {@code nowNanos} (indexes 0 .. n-1). */
    public long dueBy(long nowNanos) {
        if (nowNanos < startNanos) {
            return 0;
        }
        return (long) Math.floor((nowNanos - startNanos) / intervalNanos) + 1;
    }

    public double intervalNanos() {
        return intervalNanos;
    }
}
