package io.unmogrowp.ingestion.limits.service;

/**
 * A token bucket refilled continuously at {@code ratePerSecond}, holding at most {@code capacity}
 * tokens. Time is passed in (nanoseconds) so the arithmetic is testable.
 */
public final class TokenBucket {

    private final double ratePerSecond;
    private final double capacity;
    private double tokens;
    private long lastRefillNanos;

    public TokenBucket(double ratePerSecond, double capacity, long nowNanos) {
        this.ratePerSecond = ratePerSecond;
        this.capacity = capacity;
        this.tokens = capacity;
        this.lastRefillNanos = nowNanos;
    }

    /**
     * Takes {@code amount} tokens if available and returns 0; otherwise takes nothing and returns
     * the seconds until enough tokens will have accumulated. An amount above the capacity passes
     * only on a full bucket, and empties it.
     */
    public synchronized double tryTake(int amount, long nowNanos) {
        refill(nowNanos);
        double needed = Math.min(amount, capacity);
        if (tokens >= needed) {
            tokens = Math.max(0, tokens - amount);
            return 0;
        }
        return (needed - tokens) / ratePerSecond;
    }

    public double ratePerSecond() {
        return ratePerSecond;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - lastRefillNanos;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * ratePerSecond / 1_000_000_000.0);
            lastRefillNanos = nowNanos;
        }
    }
}
