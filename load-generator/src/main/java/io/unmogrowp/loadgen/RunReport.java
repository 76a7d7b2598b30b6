package io.unmogrowp.loadgen;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** The summary of a run: throughput, latency percentiles (ms) and errors, as text and as one JSON line. */
public record RunReport(String mode, double targetEventsPerSecond, double seconds, long eventsAccepted,
        long requestsOk, long requestsFailed, Map<String, Long> failuresByCause, double p50Ms, double p95Ms,
        double p99Ms, double maxMs) {

    public static RunReport of(String mode, double target, double seconds, long eventsAccepted, long ok, long failed,
            Map<String, Long> failures, Histogram latencyMicros) {
        return new RunReport(mode, target, seconds, eventsAccepted, ok, failed, new TreeMap<>(failures),
                latencyMicros.getValueAtPercentile(50) / 1000.0, latencyMicros.getValueAtPercentile(95) / 1000.0,
                latencyMicros.getValueAtPercentile(99) / 1000.0, latencyMicros.getMaxValue() / 1000.0);
    }

    public double eventsPerSecond() {
        return seconds <= 0 ? 0 : eventsAccepted / seconds;
    }

    public String text() {
        return String.format(Locale.ROOT,
                "mode=%s target=%.0f ev/s  achieved=%.0f ev/s over %.1f s  requests ok=%d failed=%d %s%n"
                        + "latency ms: p50=%.2f p95=%.2f p99=%.2f max=%.2f",
                mode, targetEventsPerSecond, eventsPerSecond(), seconds, requestsOk, requestsFailed,
                failuresByCause.isEmpty() ? "" : failuresByCause.toString(), p50Ms, p95Ms, p99Ms, maxMs);
    }

    /** One line the benchmark script parses: {@code RESULT {...}}. */
    public String resultLine() {
        StringBuilder causes = new StringBuilder("{");
        failuresByCause.forEach((cause, count) -> {
            if (causes.length() > 1) {
                causes.append(',');
            }
            causes.append('"').append(cause.replace("\"", "'")).append("\":").append(count);
        });
        causes.append('}');
        return String.format(Locale.ROOT,
                "RESULT {\"mode\":\"%s\",\"target_eps\":%.0f,\"eps\":%.1f,\"seconds\":%.2f,\"events\":%d,"
                        + "\"requests_ok\":%d,\"requests_failed\":%d,\"p50_ms\":%.3f,\"p95_ms\":%.3f,\"p99_ms\":%.3f,"
                        + "\"max_ms\":%.3f,\"failures\":%s}",
                mode, targetEventsPerSecond, eventsPerSecond(), seconds, eventsAccepted, requestsOk, requestsFailed,
                p50Ms, p95Ms, p99Ms, maxMs, causes);
    }
}
