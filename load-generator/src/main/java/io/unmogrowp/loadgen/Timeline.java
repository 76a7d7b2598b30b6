package io.unmogrowp.loadgen;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The open loop's latency second by second, on stderr: whether a run's tail comes from a few stalls or is
 * spread over the whole run is what tells a pause somewhere from a rate beyond the knee.
 */
final class Timeline implements AutoCloseable {

    private final Recorder recorder = LatencyMicros.recorder();
    private final ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "timeline");
        t.setDaemon(true);
        return t;
    });
    private final boolean printing;
    private long second;

    private Timeline(boolean printing) {
        this.printing = printing;
    }

    static Timeline start() {
        return new Timeline(true).sampling();
    }

    /**
     * A timeline that records and samples its seconds like a printing one, and prints nothing: the warm-up's,
     * so that recording, across the recorder's flips from one second to the next, is already compiled code when
     * the measured window starts (see {@link OpenLoopPhase}).
     */
    static Timeline silent() {
        return new Timeline(false).sampling();
    }

    private Timeline sampling() {
        printer.scheduleAtFixedRate(this::print, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    void record(long micros) {
        recorder.recordValue(LatencyMicros.clamp(micros));
    }

    private void print() {
        Histogram h = recorder.getIntervalHistogram();
        second++;
        if (printing && h.getTotalCount() > 0) {
            System.err.printf(Locale.ROOT, "timeline s=%d requests=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n", second,
                    h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                    h.getMaxValue() / 1000.0);
        }
    }

    /** Prints the last, partial second once the printer has stopped (never two prints at once). */
    @Override
    public void close() throws InterruptedException {
        printer.shutdown();
        printer.awaitTermination(5, TimeUnit.SECONDS);
        print();
    }
}
