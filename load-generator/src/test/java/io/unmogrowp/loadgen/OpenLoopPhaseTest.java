package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class OpenLoopPhaseTest {

    @Test
    void countsAnswersAndEachFailureByItsCause() {
        LoadMetrics metrics = new LoadMetrics();
        OpenLoopPhase phase = new OpenLoopPhase(Timeline.silent(), metrics);
        phase.completed(100, 5_000, 202, null);
        phase.completed(100, 7_000, 202, null);
        phase.completed(100, 9_000, 429, null);
        phase.completed(100, 30_000_000, null, new IOException("reset"));
        phase.backlogged(100);

        assertEquals(2, phase.outcomes().ok());
        assertEquals(200, phase.outcomes().accepted());
        assertEquals(3, phase.outcomes().failed());
        assertEquals(Map.of("http_429", 1L, "IOException", 1L, "generator_backlog", 1L), phase.outcomes().failures());
        Histogram latencies = phase.latencies();
        assertEquals(4, latencies.getTotalCount(), "every answered request has a latency, a backlogged one none");
        assertEquals(30_000, latencies.getMaxValue() / 1000.0, 30.0);
        String text = metrics.render();
        assertTrue(text.contains("loadtest_events_sent_total 200\n"), text);
        assertTrue(text.contains("loadtest_events_failed_total 300\n"), text);
    }

    @Test
    void theWarmupsRequestsStayOutOfTheMeasuredPhase() {
        LoadMetrics metrics = new LoadMetrics();
        OpenLoopPhase warmup = new OpenLoopPhase(Timeline.silent(), metrics);
        OpenLoopPhase measured = new OpenLoopPhase(Timeline.silent(), metrics);
        warmup.completed(100, 900_000, 202, null);
        warmup.backlogged(100);
        warmup.sendDelay(50_000);
        measured.completed(100, 4_000, 202, null);
        measured.sendDelay(200);

        assertEquals(1, measured.outcomes().ok());
        assertEquals(0, measured.outcomes().failed());
        assertEquals(4_000, measured.latencies().getMaxValue(), 4.0);
        assertEquals(200, measured.sendDelays().getMaxValue(), 1.0);
    }

    @Test
    void aLatencyBeyondTheHistogramsRangeIsClampedNotThrown() {
        OpenLoopPhase phase = new OpenLoopPhase(Timeline.silent(), new LoadMetrics());
        phase.completed(100, Long.MAX_VALUE / 2, 202, null);
        phase.sendDelay(-5);

        Histogram latencies = phase.latencies();
        assertEquals(1, latencies.getTotalCount());
        assertTrue(latencies.getMaxValue() >= LatencyMicros.HIGHEST * 0.999, String.valueOf(latencies.getMaxValue()));
        assertEquals(1, phase.sendDelays().getMinValue(), "a clock step backwards counts as the smallest delay");
    }
}
