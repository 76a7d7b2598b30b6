package io.unmogrowp.loadgen;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What one phase of the open loop (the unmeasured warm-up or the measured window) saw. Both phases run the same
 * code on their own instance of this class: when only the measured window recorded, its path was first taken
 * at the switch, long after the JIT had compiled it away, and the deoptimization and recompilation on the shared
 * CPUs cost the first measured second a p50 of 26 ms instead of 6 (the generator's own lag, not the service's).
 */
final class OpenLoopPhase {

    private final Recorder latencies = LatencyMicros.recorder();
    private final Histogram sendDelays = LatencyMicros.histogram();
    private final Timeline timeline;
    private final RequestOutcomes outcomes;

    OpenLoopPhase(Timeline timeline, LoadMetrics metrics) {
        this.timeline = timeline;
        this.outcomes = new RequestOutcomes(metrics);
    }

    /** The generator's own lateness for one request (recorded by the sending thread only). */
    void sendDelay(long micros) {
        sendDelays.recordValue(LatencyMicros.clamp(micros));
    }

    /** A request of {@code events} answered (or failed) {@code micros} after its intended send time. */
    void completed(int events, long micros, Integer status, Throwable error) {
        latencies.recordValue(LatencyMicros.clamp(micros));
        timeline.record(micros);
        outcomes.completed(events, micros, status, error);
    }

    /** A request not sent because too many were waiting for answers: the generator itself was overloaded. */
    void backlogged(int events) {
        outcomes.backlogged(events);
    }

    Histogram latencies() {
        return latencies.getIntervalHistogram();
    }

    Histogram sendDelays() {
        return sendDelays;
    }

    RequestOutcomes outcomes() {
        return outcomes;
    }
}
