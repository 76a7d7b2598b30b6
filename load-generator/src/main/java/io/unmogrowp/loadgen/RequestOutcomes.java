package io.unmogrowp.loadgen;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/** What became of a run's requests: answers accepted, failures by cause, fed to the generator's own metrics too. */
final class RequestOutcomes {

    private final LoadMetrics metrics;
    private final Map<String, Long> failures = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    RequestOutcomes(LoadMetrics metrics) {
        this.metrics = metrics;
    }

    /** A request of {@code events} answered with {@code status}, or failed with {@code error}, after {@code micros}. */
    void completed(int events, long micros, Integer status, Throwable error) {
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

    RunReport report(String mode, double target, double seconds, Histogram latencies) {
        return RunReport.of(mode, target, seconds, accepted.get(), ok.get(), failed.get(), failures, latencies);
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
}
