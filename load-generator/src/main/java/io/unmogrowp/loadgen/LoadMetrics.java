package io.unmogrowp.loadgen;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The generator's own metrics in Prometheus text format on /metrics while it runs. */
public final class LoadMetrics {

    /** Upper bounds (seconds) of the latency histogram buckets. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final LongAdder eventsSent = new LongAdder();
    private final LongAdder eventsFailed = new LongAdder();
    private final LongAdder[] bucketCounts = new LongAdder[BUCKETS.length];
    private final LongAdder latencyCount = new LongAdder();
    private final AtomicLong latencySumMicros = new AtomicLong();
    private volatile boolean active;
    private volatile double targetEventsPerSecond;
    private HttpServer server;

    public LoadMetrics() {
        for (int i = 0; i < BUCKETS.length; i++) {
            bucketCounts[i] = new LongAdder();
        }
    }

    public void start(String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/metrics", exchange -> {
            byte[] body = render().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    public void setActive(boolean active, double targetEventsPerSecond) {
        this.active = active;
        this.targetEventsPerSecond = targetEventsPerSecond;
    }

    public void sent(int events, long latencyMicros) {
        eventsSent.add(events);
        observe(latencyMicros);
    }

    public void failed(int events, long latencyMicros) {
        eventsFailed.add(events);
        observe(latencyMicros);
    }

    private void observe(long latencyMicros) {
        double seconds = latencyMicros / 1_000_000.0;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                bucketCounts[i].increment();
            }
        }
        latencyCount.increment();
        latencySumMicros.addAndGet(latencyMicros);
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP loadtest_active 1 while the generator is sending\n# TYPE loadtest_active gauge\n")
                .append("loadtest_active ").append(active ? 1 : 0).append('\n');
        out.append("# HELP loadtest_events_sent_total Events the service accepted\n# TYPE loadtest_events_sent_total counter\n")
                .append("loadtest_events_sent_total ").append(eventsSent.sum()).append('\n');
        out.append("# HELP loadtest_events_failed_total Events in requests that failed\n# TYPE loadtest_events_failed_total counter\n")
                .append("loadtest_events_failed_total ").append(eventsFailed.sum()).append('\n');
        out.append("# HELP loadtest_target_events_per_second The configured send rate\n# TYPE loadtest_target_events_per_second gauge\n")
                .append("loadtest_target_events_per_second ").append(format(targetEventsPerSecond)).append('\n');
        out.append("# HELP loadtest_request_latency_seconds Latency from the intended send time to the answer\n")
                .append("# TYPE loadtest_request_latency_seconds histogram\n");
        for (int i = 0; i < BUCKETS.length; i++) {
            out.append("loadtest_request_latency_seconds_bucket{le=\"").append(format(BUCKETS[i])).append("\"} ")
                    .append(bucketCounts[i].sum()).append('\n');
        }
        out.append("loadtest_request_latency_seconds_bucket{le=\"+Inf\"} ").append(latencyCount.sum()).append('\n')
                .append("loadtest_request_latency_seconds_sum ").append(format(latencySumMicros.get() / 1_000_000.0)).append('\n')
                .append("loadtest_request_latency_seconds_count ").append(latencyCount.sum()).append('\n');
        return out.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
