package io.unmogrowp.loadgen;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The one range all of the generator's latency histograms record in (microseconds, 3 significant digits): sized
 * once up front, never resized while recording, which would allocate and stall on the sending path.
 */
final class LatencyMicros {

    /** An hour: a longer value is clamped to it rather than thrown. */
    static final long HIGHEST = 3_600_000_000L;

    private LatencyMicros() {
    }

    static Recorder recorder() {
        return new Recorder(HIGHEST, 3);
    }

    static Histogram histogram() {
        return new Histogram(HIGHEST, 3);
    }

    /** At least 1 µs (a histogram's lowest value; also what a clock step backwards records), at most {@link #HIGHEST}. */
    static long clamp(long micros) {
        return Math.max(1, Math.min(micros, HIGHEST));
    }
}
