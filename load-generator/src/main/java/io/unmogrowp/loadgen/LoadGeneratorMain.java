package io.unmogrowp.loadgen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Posts batches of events to the ingestion service.
 *
 * <pre>
 * --mode open       open loop at --rate events/s for --duration seconds (the benchmark measurement)
 * --mode saturate   --concurrency workers back to back for --duration seconds (finds the maximum rate)
 * --mode payloads   writes --count event lines to --out (payload file for Kafka's ProducerPerformance)
 * </pre>
 */
public final class LoadGeneratorMain {

    /** Requests allowed to wait for an answer at once in open loop; beyond it the generator itself is overloaded. */
    private static final int MAX_OUTSTANDING = 2000;

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.mode().equals("payloads")) {
            writePayloads(options);
            return;
        }
        LoadMetrics metrics = new LoadMetrics();
        metrics.start("127.0.0.1", options.metricsPort());
        try {
            RunReport report = options.mode().equals("saturate") ? saturate(options, metrics) : openLoop(options, metrics);
            System.out.println(report.text());
            System.out.println(report.resultLine());
        } finally {
            metrics.setActive(false, 0);
            metrics.stop();
        }
    }

    private static void writePayloads(Options options) throws IOException {
        EventFactory factory = new EventFactory(options.appId(), options.seed());
        List<String> lines = new ArrayList<>(options.count());
        for (int i = 0; i < options.count(); i++) {
            lines.add(factory.nextEvent(Instant.now()));
        }
        Files.write(Path.of(options.out()), lines);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, runnable -> {
                    Thread thread = new Thread(runnable, "http-client");
                    thread.setDaemon(true); // the JVM must exit when the run is over
                    return thread;
                })).build();
    }

    private static HttpRequest request(Options options, String body) {
        return HttpRequest.newBuilder(URI.create(options.url()))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", options.apiKey())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static RunReport openLoop(Options options, LoadMetrics metrics) throws InterruptedException {
        HttpClient client = client();
        EventFactory factory = new EventFactory(options.appId(), options.seed());
        Recorder recorder = new Recorder(3);
        Map<String, Long> failures = new ConcurrentHashMap<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Semaphore outstanding = new Semaphore(MAX_OUTSTANDING);
        int batch = options.batchSize();
        long start = System.nanoTime() + 50_000_000L;
        OpenLoopSchedule schedule = new OpenLoopSchedule(start, options.rate(), batch);
        long end = start + TimeUnit.SECONDS.toNanos(options.durationSeconds());
        metrics.setActive(true, options.rate());
        long next = 0;
        while (true) {
            long due = schedule.dueNanos(next);
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String body = factory.batch(batch, Instant.now());
            if (!outstanding.tryAcquire()) {
                failures.merge("generator_backlog", 1L, Long::sum);
                failed.incrementAndGet();
                metrics.failed(batch, 0);
                next++;
                continue;
            }
            client.sendAsync(request(options, body), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        long micros = (System.nanoTime() - due) / 1000;
                        recorder.recordValue(Math.max(1, micros));
                        if (error == null && response.statusCode() == 202) {
                            ok.incrementAndGet();
                            accepted.addAndGet(batch);
                            metrics.sent(batch, micros);
                        } else {
                            failed.incrementAndGet();
                            failures.merge(error != null ? error.getClass().getSimpleName() : "http_" + response.statusCode(),
                                    1L, Long::sum);
                            metrics.failed(batch, micros);
                        }
                        outstanding.release();
                    });
            next++;
        }
        outstanding.acquire(MAX_OUTSTANDING);
        double seconds = (System.nanoTime() - start) / 1e9;
        return RunReport.of("open", options.rate(), Math.min(seconds, options.durationSeconds()), accepted.get(),
                ok.get(), failed.get(), failures, recorder.getIntervalHistogram());
    }

    private static RunReport saturate(Options options, LoadMetrics metrics) throws InterruptedException {
        HttpClient client = client();
        Histogram latencies = new Histogram(3);
        Map<String, Long> failures = new ConcurrentHashMap<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        int batch = options.batchSize();
        long start = System.nanoTime();
        long warmupEnd = start + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
        long end = warmupEnd + TimeUnit.SECONDS.toNanos(options.durationSeconds());
        metrics.setActive(true, 0);
        CountDownLatch done = new CountDownLatch(options.concurrency());
        for (int w = 0; w < options.concurrency(); w++) {
            EventFactory factory = new EventFactory(options.appId(), options.seed() + w);
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        String body = factory.batch(batch, Instant.now());
                        long sentAt = System.nanoTime();
                        boolean counted = sentAt >= warmupEnd;
                        try {
                            HttpResponse<String> response = client.send(request(options, body), HttpResponse.BodyHandlers.ofString());
                            long micros = (System.nanoTime() - sentAt) / 1000;
                            if (!counted) {
                                continue;
                            }
                            synchronized (latencies) {
                                latencies.recordValue(Math.max(1, micros));
                            }
                            if (response.statusCode() == 202) {
                                ok.incrementAndGet();
                                accepted.addAndGet(batch);
                                metrics.sent(batch, micros);
                            } else {
                                failed.incrementAndGet();
                                failures.merge("http_" + response.statusCode(), 1L, Long::sum);
                                metrics.failed(batch, micros);
                            }
                        } catch (IOException e) {
                            if (counted) {
                                failed.incrementAndGet();
                                failures.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "saturate-" + w);
            worker.start();
        }
        done.await();
        double seconds = (System.nanoTime() - warmupEnd) / 1e9;
        return RunReport.of("saturate", 0, seconds, accepted.get(), ok.get(), failed.get(), failures, latencies);
    }

    /** Command-line options with defaults suited to the local platform. */
    record Options(String mode, String url, String apiKey, String appId, double rate, int durationSeconds,
            int warmupSeconds, int batchSize, int concurrency, int metricsPort, long seed, int count, String out) {

        static Options parse(String[] args) {
            Map<String, String> values = new ConcurrentHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --option value pairs, got " + args[i]);
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            return new Options(
                    values.getOrDefault("mode", "open"),
                    values.getOrDefault("url", "http://127.0.0.1:8081/v1/events"),
                    values.getOrDefault("api-key", ""),
                    values.getOrDefault("app-id", "app_bench"),
                    Double.parseDouble(values.getOrDefault("rate", "10000")),
                    Integer.parseInt(values.getOrDefault("duration", "30")),
                    Integer.parseInt(values.getOrDefault("warmup", "5")),
                    Integer.parseInt(values.getOrDefault("batch-size", "100")),
                    Integer.parseInt(values.getOrDefault("concurrency", "8")),
                    Integer.parseInt(values.getOrDefault("metrics-port", "9400")),
                    Long.parseLong(values.getOrDefault("seed", "42")),
                    Integer.parseInt(values.getOrDefault("count", "10000")),
                    values.getOrDefault("out", "payloads.txt"));
        }
    }
}
