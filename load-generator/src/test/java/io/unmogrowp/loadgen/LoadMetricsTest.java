package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoadMetricsTest {

    @Test
    void rendersPrometheusTextWithCumulativeBuckets() {
        LoadMetrics metrics = new LoadMetrics();
        metrics.setActive(true, 5000);
        metrics.sent(100, 3_000);
        metrics.sent(100, 40_000);
        metrics.failed(100, 2_000_000);
        String text = metrics.render();
        assertTrue(text.contains("loadtest_active 1\n"), text);
        assertTrue(text.contains("loadtest_events_sent_total 200\n"), text);
        assertTrue(text.contains("loadtest_events_failed_total 100\n"), text);
        assertTrue(text.contains("loadtest_target_events_per_second 5000.0\n"), text);
        assertTrue(text.contains("loadtest_request_latency_seconds_bucket{le=\"0.005\"} 1\n"), text);
        assertTrue(text.contains("loadtest_request_latency_seconds_bucket{le=\"0.05\"} 2\n"), text);
        assertTrue(text.contains("loadtest_request_latency_seconds_bucket{le=\"2.5\"} 3\n"), text);
        assertTrue(text.contains("loadtest_request_latency_seconds_count 3\n"), text);
        assertTrue(text.contains("# TYPE loadtest_request_latency_seconds histogram"), text);
    }
}
