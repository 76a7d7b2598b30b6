package io.unmogrowp.loadgen;

/**
 * A fixed send schedule: request {@code i} is due at a time set in advance, whatever happened to
 * earlier requests. Latency is measured from that due time, so a slow server cannot hide its
 * queueing delay by slowing the generator down (coordinated omission).
 *
 * <p>With a ramp, the rate rises linearly from zero to the target over the ramp's first nanoseconds
 * and stays there: a cold generator (interpreted code, its JIT compiling on the same CPUs) would
 * otherwise fall behind at full rate and queue requests it then counts as the service's latency.
 * Without a ramp, request {@code i} is due at {@code start + i * interval}.
 */
public final class OpenLoopSchedule {

    private final long startNanos;
    private final double intervalNanos;
    private final double rampNanos;
    /** Requests due during the ramp: half of what the full rate would send in that time. */
    private final double rampRequests;

    public OpenLoopSchedule(long startNanos, double eventsPerSecond, int eventsPerRequest) {
        this(startNanos, eventsPerSecond, eventsPerRequest, 0);
    }

    public OpenLoopSchedule(long startNanos, double eventsPerSecond, int eventsPerRequest, long rampNanos) {
        if (eventsPerSecond <= 0 || eventsPerRequest <= 0) {
            throw new IllegalArgumentException("rate and batch size must be positive");
        }
        if (rampNanos < 0) {
            throw new IllegalArgumentException("the ramp must not be negative");
        }
        this.startNanos = startNanos;
        this.intervalNanos = 1_000_000_000.0 * eventsPerRequest / eventsPerSecond;
        this.rampNanos = rampNanos;
        this.rampRequests = rampNanos / (2 * intervalNanos);
    }

    public long dueNanos(long requestIndex) {
        if (requestIndex < rampRequests) {
            // n(t) = t^2 / (2 * ramp * interval) requests by t, inverted.
            return startNanos + Math.round(Math.sqrt(2 * rampNanos * intervalNanos * requestIndex));
        }
        return startNanos + Math.round(requestIndex * intervalNanos + rampNanos / 2);
    }

    /** How many requests are due by {@code nowNanos} (indexes 0 .. n-1). */
    public long dueBy(long nowNanos) {
        if (nowNanos < startNanos) {
            return 0;
        }
        double t = nowNanos - startNanos;
        if (t < rampNanos) {
            return (long) Math.floor(t * t / (2 * rampNanos * intervalNanos)) + 1;
        }
        return (long) Math.floor((t - rampNanos / 2) / intervalNanos) + 1;
    }

    public double intervalNanos() {
        return intervalNanos;
    }
}
