package io.unmogrowp.loadgen;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What one phase of the open loop (the unmeasured warm-up or the measured window) saw. Both phases run the same
 * code on their own instance of this class: when only the measured window recorded, its path was first taken
 * at the switch, long after the JIT had compiled it away, and the deoptimization and recompilation on the shared
 * CPUs cost the first measured second a p50 of 26 ms instead of 6 (the generator's own lag, not the service's).
 */
final class OpenLoopPhase {

    /** Latencies are clamped to an hour: the histograms are sized once, never resized while recording. */
    static final long HIGHEST_MICROS = 3_600_000_000L;

    private final Recorder latencies = new Recorder(HIGHEST_MICROS, 3);
    private final Histogram sendDelays = new Histogram(HIGHEST_MICROS, 3);
    private final Timeline timeline;
    private final LoadMetrics metrics;
    private final Map<String, Long> failures = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    OpenLoopPhase(Timeline timeline, LoadMetrics metrics) {
        this.timeline = timeline;
        this.metrics = metrics;
    }

    /** The generator's own lateness for one request (recorded by the sending thread only). */
    void sendDelay(long micros) {
        sendDelays.recordValue(clamp(micros));
    }

    /** A request of {@code events} answered (or failed) {@code micros} after its intended send time. */
    void completed(int events, long micros, Integer status, Throwable error) {
        long value = clamp(micros);
        latencies.recordValue(value);
        timeline.record(value);
        if (error == null && status == 202) {
            ok.incrementAndGet();
            accepted.addAndGet(events);
            metrics.sent(events, micros);
        } else {
            fail(error != null ? error.getClass().getSimpleName() : "http_" + status, events, micros);
        }
    }

    /** A request not sent because too many were waiting for answers: the generator itself was overloaded. */
    void backlogged(int events) {
        fail("generator_backlog", events, 0);
    }

    private void fail(String cause, int events, long micros) {
        failed.incrementAndGet();
        failures.merge(cause, 1L, Long::sum);
        metrics.failed(events, micros);
    }

    Histogram latencies() {
        return latencies.getIntervalHistogram();
    }

    Histogram sendDelays() {
        return sendDelays;
    }

    Map<String, Long> failures() {
        return failures;
    }

    long accepted() {
        return accepted.get();
    }

    long ok() {
        return ok.get();
    }

    long failed() {
        return failed.get();
    }

    private static long clamp(long micros) {
        return Math.max(1, Math.min(micros, HIGHEST_MICROS));
    }
}
