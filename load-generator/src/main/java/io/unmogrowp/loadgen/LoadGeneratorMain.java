package io.unmogrowp.loadgen;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Posts batches of events to the ingestion service.
 *
 * <pre>
 * --mode open       open loop at --rate events/s for --duration seconds after --warmup seconds (not measured,
 *                   the rate rising from zero over its first --ramp seconds, default half of it), over
 *                   --connections keep-alive connections (default 64)
 *                   (--timeline true: a line per second of the measured window's latency on stderr)
 * --mode saturate   --concurrency workers back to back for --duration seconds (finds the maximum rate)
 * --mode payloads   writes --count event lines to --out (payload file for Kafka's ProducerPerformance)
 * </pre>
 */
public final class LoadGeneratorMain {

    /** Requests allowed to wait for an answer at once in open loop; beyond it the generator itself is overloaded. */
    private static final int MAX_OUTSTANDING = 2000;

    /** The open loop sends its schedule a tenth of a second at a time (see {@code openLoop}). */
    private static final long SLICE_NANOS = 100_000_000L;

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

    private static RunReport openLoop(Options options, LoadMetrics metrics) throws InterruptedException {
        try (EventPoster poster = new EventPoster(options.url(), options.apiKey(), options.connections())) {
            return openLoop(options, metrics, poster);
        }
    }

    private static RunReport openLoop(Options options, LoadMetrics metrics, EventPoster poster) throws InterruptedException {
        EventFactory factory = new EventFactory(options.appId(), options.seed());
        Timeline timeline = options.timeline() ? Timeline.start() : Timeline.silent();
        Timeline warmupTimeline = Timeline.silent();
        OpenLoopPhase warmup = new OpenLoopPhase(warmupTimeline, metrics);
        OpenLoopPhase measured = new OpenLoopPhase(timeline, metrics);
        Semaphore outstanding = new Semaphore(MAX_OUTSTANDING);
        BodyPool bodies = new BodyPool();
        int batch = options.batchSize();
        long start = System.nanoTime() + 50_000_000L;
        OpenLoopSchedule schedule = new OpenLoopSchedule(start, options.rate(), batch,
                TimeUnit.SECONDS.toNanos(options.rampSeconds()));
        // The same schedule runs through the warm-up, unmeasured: the first seconds of a fresh JVM and
        // fresh connections are the generator's own start-up, not the service's latency.
        long measuredFrom = start + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
        long end = measuredFrom + TimeUnit.SECONDS.toNanos(options.durationSeconds());
        metrics.setActive(true, options.rate());
        long next = 0;
        // In slices, so that the sending loop is a method called many times, compiled whole with its exit,
        // rather than one loop compiled on the stack and thrown away when it first ends at the switch.
        for (long slice = start; slice < measuredFrom; slice += SLICE_NANOS) {
            next = send(schedule, next, Math.min(slice + SLICE_NANOS, measuredFrom), warmup, factory, bodies, outstanding,
                    poster, batch);
        }
        warmupTimeline.close();
        poster.connectionWaits(); // discards the warm-up's waits
        for (long slice = measuredFrom; slice < end; slice += SLICE_NANOS) {
            next = send(schedule, next, Math.min(slice + SLICE_NANOS, end), measured, factory, bodies, outstanding, poster,
                    batch);
        }
        outstanding.acquire(MAX_OUTSTANDING);
        timeline.close();
        printDelay("send delay (intended send time to hand-off)", measured.sendDelays());
        printDelay("connection wait (hand-off to a free connection)", poster.connectionWaits());
        double seconds = (System.nanoTime() - measuredFrom) / 1e9;
        return measured.outcomes().report("open", options.rate(), Math.min(seconds, options.durationSeconds()),
                measured.latencies());
    }

    /**
     * Sends the schedule's requests from index {@code next} until the first one due at {@code until}, each
     * recorded in {@code phase}; returns the index of that first one. Latency counts from each request's due
     * time, so neither the generator's lateness nor a wait for a connection is omitted.
     */
    private static long send(OpenLoopSchedule schedule, long next, long until, OpenLoopPhase phase, EventFactory factory,
            BodyPool bodies, Semaphore outstanding, EventPoster poster, int batch) {
        for (long due = schedule.dueNanos(next); due < until; due = schedule.dueNanos(++next)) {
            // Parked, not slept: JDK 17's Thread.sleep rounds a sub-millisecond wait up to a whole millisecond, which
            // sent requests (interval 0.36 ms at 275k events/s) up to a millisecond late and then in bursts.
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            ByteBuf reused = bodies.take();
            Buffer body = factory.batchInto(reused, batch, System.currentTimeMillis());
            // The generator's own lateness, part of the measured latency: shown so a late generator is not
            // mistaken for a slow service.
            phase.sendDelay((System.nanoTime() - due) / 1000);
            if (!outstanding.tryAcquire()) {
                bodies.giveBack(reused);
                phase.backlogged(batch);
                continue;
            }
            long intended = due;
            poster.post(body).whenComplete((status, error) -> {
                // Complete means the whole response was read, so the body was written long before.
                bodies.giveBack(reused);
                phase.completed(batch, (System.nanoTime() - intended) / 1000, status, error);
                outstanding.release();
            });
        }
        return next;
    }

    private static void printDelay(String what, Histogram micros) {
        System.out.printf(Locale.ROOT, "generator %s ms: p50=%.2f p99=%.2f max=%.2f%n", what,
                micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0);
    }

    private static RunReport saturate(Options options, LoadMetrics metrics) throws InterruptedException {
        try (EventPoster poster = new EventPoster(options.url(), options.apiKey(), options.concurrency())) {
            return saturate(options, metrics, poster);
        }
    }

    /**
     * {@code concurrency} request chains, each posting its next batch as soon as the previous answer
     * arrives. The chains run as callbacks on the poster's event loop rather than as parked threads:
     * a thread per chain cost the shared CPUs a switch per request.
     */
    private static RunReport saturate(Options options, LoadMetrics metrics, EventPoster poster) throws InterruptedException {
        Histogram latencies = LatencyMicros.histogram();
        RequestOutcomes outcomes = new RequestOutcomes(metrics);
        int batch = options.batchSize();
        long start = System.nanoTime();
        long warmupEnd = start + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
        long end = warmupEnd + TimeUnit.SECONDS.toNanos(options.durationSeconds());
        metrics.setActive(true, 0);
        CountDownLatch done = new CountDownLatch(options.concurrency());
        for (int w = 0; w < options.concurrency(); w++) {
            EventFactory factory = new EventFactory(options.appId(), options.seed() + w);
            new SaturateChain(poster, factory, batch, warmupEnd, end, done, (micros, status, error) -> {
                synchronized (latencies) {
                    if (error == null) {
                        latencies.recordValue(LatencyMicros.clamp(micros));
                    }
                }
                outcomes.completed(batch, micros, status, error);
            }).next();
        }
        done.await();
        double seconds = (System.nanoTime() - warmupEnd) / 1e9;
        return outcomes.report("saturate", 0, seconds, latencies);
    }

    /** The open loop's ramp: half the warm-up unless given, and never beyond it (the measured window is at full rate). */
    static int ramp(Map<String, String> values, int warmup) {
        int ramp = Integer.parseInt(values.getOrDefault("ramp", String.valueOf(warmup / 2)));
        if (ramp < 0 || ramp > warmup) {
            throw new IllegalArgumentException("--ramp must be between 0 and --warmup (" + warmup + "), got " + ramp);
        }
        return ramp;
    }

    /** Command-line options with defaults suited to the local platform. */
    record Options(String mode, String url, String apiKey, String appId, double rate, int durationSeconds,
            int warmupSeconds, int batchSize, int concurrency, int connections, int metricsPort, long seed, int count, String out,
            boolean timeline, int rampSeconds) {

        static Options parse(String[] args) {
            Map<String, String> values = new ConcurrentHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --option value pairs, got " + args[i]);
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            int warmup = Integer.parseInt(values.getOrDefault("warmup", "5"));
            return new Options(
                    values.getOrDefault("mode", "open"),
                    values.getOrDefault("url", "http://127.0.0.1:8081/v1/events"),
                    values.getOrDefault("api-key", ""),
                    values.getOrDefault("app-id", "app_bench"),
                    Double.parseDouble(values.getOrDefault("rate", "10000")),
                    Integer.parseInt(values.getOrDefault("duration", "30")),
                    warmup,
                    Integer.parseInt(values.getOrDefault("batch-size", "100")),
                    Integer.parseInt(values.getOrDefault("concurrency", "8")),
                    Integer.parseInt(values.getOrDefault("connections", "64")),
                    Integer.parseInt(values.getOrDefault("metrics-port", "9400")),
                    Long.parseLong(values.getOrDefault("seed", "42")),
                    Integer.parseInt(values.getOrDefault("count", "10000")),
                    values.getOrDefault("out", "payloads.txt"),
                    Boolean.parseBoolean(values.getOrDefault("timeline", "false")),
                    ramp(values, warmup));
        }
    }
}
