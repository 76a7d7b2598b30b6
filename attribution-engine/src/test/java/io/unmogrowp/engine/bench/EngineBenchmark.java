package io.unmogrowp.engine.bench;

import io.opentelemetry.api.OpenTelemetry;
import io.unmogrowp.engine.codec.Json;
import io.unmogrowp.engine.topology.AttributionTopology;
import io.unmogrowp.engine.topology.DedupFloorTopology;
import io.unmogrowp.engine.topology.EngineObserver;
import io.unmogrowp.engine.topology.TopologySettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Engine throughput against the real broker, compared with a pass-through Kafka Streams topology (same
 * input, same re-keying by app, same exactly-once settings) run in the same JVM on the same data.
 * Usage: EngineBenchmark [events] [bootstrap]; prints a markdown table. Run by load-generator/bench/engine.sh.
 */
public final class EngineBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int BASELINE_RUNS_PER_ROUND = 2;

    private static final int PARTITIONS = 6;

    public static void main(String[] args) throws Exception {
        // Quarkus' boot log configuration (on this classpath) starts at level ALL, which would make Kafka's
        // clients format every trace message; a service gets its levels from application.properties.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        String bootstrap = args.length > 1 ? args[1] : "127.0.0.1:9092";
        String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        Path stateRoot = Files.createTempDirectory("engine-bench");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            TopologySettings settings = settings(run, run + ".raw");
            TopologySettings warmupSettings = settings(run, run + ".warmup");
            List<NewTopic> topics = new ArrayList<>();
            for (String t : List.of(settings.rawTopic(), warmupSettings.rawTopic(), settings.attributionsTopic(),
                    settings.attributedTopic(), run + ".passthrough")) {
                topics.add(new NewTopic(t, PARTITIONS, (short) 1));
            }
            topics.add(new NewTopic(settings.appConfigTopic(), 1, (short) 1));
            admin.createTopics(topics).all().get();

            long[] produced = produce(bootstrap, settings.rawTopic(), target);
            long events = produced[0];
            long touchpoints = produced[1];
            System.out.printf("produced %d events (%d touchpoints) to %s%n", events, touchpoints, settings.rawTopic());

            // A fresh JVM spends much of its first minute in the JIT compiler (a quarter of all CPU samples on
            // 2 cores): both topologies first run on other data, so the measured runs see compiled code.
            // As many as measured: after a quarter as many, C2 still compiled through the measured run (about a
            // thousand methods, 12 % fewer engine events per CPU-second than after a full-size warm-up).
            int warmupEvents = Integer.getInteger("bench.warmup.events", target);
            if (warmupEvents > 0) {
                long warm = produce(bootstrap, warmupSettings.rawTopic(), warmupEvents)[0];
                runToCompletion(admin, bootstrap, passthrough(warmupSettings.rawTopic(), run + ".passthrough"),
                        run + "-warmup-passthrough", warmupSettings.rawTopic(), warm, stateRoot.resolve("warmup-passthrough"));
                runToCompletion(admin, bootstrap, attribution(warmupSettings), run + "-warmup-engine",
                        warmupSettings.rawTopic(), warm, stateRoot.resolve("warmup-engine"));
                System.out.printf("warm-up: both topologies ran on %d other events first%n", warm);
            }

            // The host's speed moves by half within minutes (the same code's pass-through ran at 96k to 216k
            // events/s within half an hour), so one run of each, minutes apart, can compare a fast minute with a
            // slow one. Rounds instead: in each, a pass-through run and then an engine run on fresh state, back to
            // back; the ratio is taken within each round and the median round reported. The pass-through finishes
            // in 2 to 4 seconds, so its rate moves with its start-up: within a round the faster of two counts.
            List<Result> baselines = new ArrayList<>();
            List<Result> floors = new ArrayList<>();
            List<Result> engines = new ArrayList<>();
            Path engineState = null;
            String engineApplication = null;
            for (int round = 1; round <= ROUNDS; round++) {
                Result pass = null;
                for (int attempt = 1; attempt <= BASELINE_RUNS_PER_ROUND; attempt++) {
                    Result r = runToCompletion(admin, bootstrap, passthrough(settings.rawTopic(), run + ".passthrough"),
                            run + "-" + round + "-" + attempt + "-passthrough", settings.rawTopic(), events,
                            stateRoot.resolve("passthrough-" + round + "-" + attempt));
                    if (pass == null || r.eventsPerSecond() > pass.eventsPerSecond()) {
                        pass = r;
                    }
                }
                Result floor = runToCompletion(admin, bootstrap,
                        DedupFloorTopology.build(settings.rawTopic(), run + ".passthrough", PARTITIONS, settings.dedupWindow()),
                        run + "-" + round + "-floor", settings.rawTopic(), events, stateRoot.resolve("floor-" + round));
                engineApplication = run + "-" + round + "-engine";
                engineState = stateRoot.resolve("engine-" + round);
                Result engine = runToCompletion(admin, bootstrap, attribution(settings), engineApplication,
                        settings.rawTopic(), events, engineState);
                System.out.printf("round %d: pass-through %.0f events/s, dedup floor %.0f (%.0f %%), engine %.0f events/s "
                                + "(%.0f per CPU-second): %.0f %%%n", round, pass.eventsPerSecond(), floor.eventsPerSecond(),
                        100 * floor.eventsPerSecond() / pass.eventsPerSecond(), engine.eventsPerSecond(),
                        engine.eventsPerCpuSecond(), 100 * engine.eventsPerSecond() / pass.eventsPerSecond());
                baselines.add(pass);
                floors.add(floor);
                engines.add(engine);
            }
            int median = medianRound(baselines, engines);
            Result baseline = baselines.get(median);
            Result engine = engines.get(median);
            Result floor = floors.get(median);
            long stateBytes = directorySize(engineState);

            // Same application id and state as the last round: the engine resumes where that run stopped.
            Histogram latency = latencyUnderLoad(bootstrap, attribution(settings), engineApplication, settings,
                    engine.eventsPerSecond() * 0.5, Duration.ofSeconds(20), engineState);

            System.out.println();
            System.out.println("| topology (round " + (median + 1) + " of " + ROUNDS + ", the median ratio) | events | wall s | events/s | CPU s | of which JIT s | events per CPU-second |");
            System.out.println("|---|---|---|---|---|---|---|");
            row("pass-through (baseline, faster of " + BASELINE_RUNS_PER_ROUND + ")", baseline);
            row("dedup floor (re-key, read, dedup store)", floor);
            row("attribution engine", engine);
            System.out.printf("%nengine / baseline: %.0f %% of events/s, %.0f %% of events per CPU-second%n",
                    100 * engine.eventsPerSecond() / baseline.eventsPerSecond(),
                    100 * engine.eventsPerCpuSecond() / baseline.eventsPerCpuSecond());
            System.out.printf("dedup floor / baseline: %.0f %% of events/s, %.0f %% of events per CPU-second%n",
                    100 * floor.eventsPerSecond() / baseline.eventsPerSecond(),
                    100 * floor.eventsPerCpuSecond() / baseline.eventsPerCpuSecond());
            System.out.printf("decision latency at %.0f events/s (receipt -> committed decision readable): "
                            + "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%d installs)%n",
                    engine.eventsPerSecond() * 0.5, latency.getValueAtPercentile(50), latency.getValueAtPercentile(95),
                    latency.getValueAtPercentile(99), latency.getMaxValue(), latency.getTotalCount());
            System.out.printf("state on disk after %d touchpoints: %.1f MB, %.0f MB per million touchpoints%n",
                    touchpoints, stateBytes / 1e6, stateBytes / 1e6 / (touchpoints / 1e6));
            // Its own topics and the internal ones Kafka Streams made for its application ids (all start with run).
            List<String> leftovers = admin.listTopics().names().get().stream().filter(t -> t.startsWith(run)).toList();
            admin.deleteTopics(leftovers).all().get();
        }
    }

    /** The round whose engine / pass-through ratio is the median of all rounds'. */
    private static int medianRound(List<Result> baselines, List<Result> engines) {
        List<Integer> rounds = new ArrayList<>();
        for (int i = 0; i < engines.size(); i++) {
            rounds.add(i);
        }
        rounds.sort(Comparator.comparingDouble(
                i -> engines.get(i).eventsPerSecond() / baselines.get(i).eventsPerSecond()));
        return rounds.get((rounds.size() - 1) / 2);
    }

    private static TopologySettings settings(String run, String rawTopic) {
        return new TopologySettings(rawTopic, run + ".app-config", run + ".attributions", run + ".attributed", PARTITIONS,
                Duration.ofDays(7), Duration.ofDays(31), Duration.ofHours(2), Duration.ofDays(180));
    }

    /** The baseline: the engine's re-keying by app through a repartition topic, and nothing else. */
    private static Topology passthrough(String input, String output) {
        StreamsBuilder passthrough = new StreamsBuilder();
        passthrough.stream(input, Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .selectKey((k, v) -> k.substring(0, k.indexOf(':')))
                .repartition(Repartitioned.<String, byte[]>as("by-app").withNumberOfPartitions(PARTITIONS)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()))
                .to(output, Produced.with(Serdes.String(), Serdes.ByteArray()));
        return passthrough.build();
    }

    private static Topology attribution(TopologySettings settings) {
        return AttributionTopology.build(settings, Clock.systemUTC(), EngineObserver.NOOP, OpenTelemetry.noop());
    }

    /** cpuSeconds is the whole process; jitSeconds the part of it the JIT compiler threads took. */
    record Result(long events, double wallSeconds, double cpuSeconds, double jitSeconds) {
        double eventsPerSecond() {
            return events / wallSeconds;
        }

        double eventsPerCpuSecond() {
            return events / cpuSeconds;
        }
    }

    private static void row(String name, Result r) {
        System.out.printf("| %s | %d | %.1f | %.0f | %.1f | %.1f | %.0f |%n", name, r.events(), r.wallSeconds(),
                r.eventsPerSecond(), r.cpuSeconds(), r.jitSeconds(), r.eventsPerCpuSecond());
    }

    private static long[] produce(String bootstrap, String topic, int target) {
        BenchEvents generator = new BenchEvents(20, 42);
        long[] counts = new long[2];
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps(bootstrap))) {
            Instant base = Instant.now().minus(Duration.ofHours(3));
            for (long n = 0; counts[0] < target; n++) {
                counts[0] += generator.journey(n, base.plusMillis(n), (key, value, touchpoint) -> {
                    producer.send(new ProducerRecord<>(topic, key, value));
                    if (touchpoint) {
                        counts[1]++;
                    }
                });
            }
            producer.flush();
        }
        return counts;
    }

    private static Properties producerProps(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    /** The engine's production settings (application.properties), so both topologies run alike. */
    private static Properties streamsProps(String bootstrap, String applicationId, Path stateDir) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Integer.getInteger("bench.commit.ms", 100));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.getInteger("bench.threads", 2));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), System.getProperty("bench.compression", "lz4"));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        if (!Boolean.getBoolean("bench.rocksdb.defaults")) {
            p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, io.unmogrowp.engine.config.EngineRocksDbConfig.class);
        }
        return p;
    }

    private static Result runToCompletion(Admin admin, String bootstrap, Topology topology, String applicationId,
            String input, long events, Path stateDir) throws Exception {
        Map<TopicPartition, Long> end = endOffsets(admin, input);
        long cpuBefore = processCpuNanos();
        double jitBefore = JitCpu.seconds();
        long start = System.nanoTime();
        try (KafkaStreams streams = new KafkaStreams(topology, streamsProps(bootstrap, applicationId, stateDir))) {
            streams.start();
            String repartition = applicationId + "-" + (applicationId.endsWith("passthrough") ? "by-app" : "events-by-app")
                    + "-repartition";
            while (!(caughtUp(admin, applicationId, end) && repartitionDrained(admin, applicationId, repartition))) {
                Thread.sleep(200);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            double jit = JitCpu.seconds() - jitBefore;
            streams.close(Duration.ofSeconds(30));
            return new Result(events, wall, cpu, jit);
        }
    }

    private static boolean caughtUp(Admin admin, String group, Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            if (c == null || c.offset() < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static boolean repartitionDrained(Admin admin, String group, String repartitionTopic) throws Exception {
        Map<TopicPartition, Long> end;
        try {
            end = endOffsets(admin, repartitionTopic);
        } catch (Exception notCreatedYet) {
            return false;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            // Transaction markers take offsets too: committed may stop one short of the end.
            if (e.getValue() > 0 && (c == null || c.offset() < e.getValue() - 1)) {
                return false;
            }
        }
        return true;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> end = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : admin.listOffsets(request).all().get()
                .entrySet()) {
            end.put(e.getKey(), e.getValue().offset());
        }
        return end;
    }

    /**
     * Open-loop journeys at a fixed rate into a running engine; latency is from each install's receipt to
     * the moment its committed decision can be read (what a report would see), recorded in an HdrHistogram.
     */
    private static Histogram latencyUnderLoad(String bootstrap, Topology topology, String applicationId,
            TopologySettings settings, double eventsPerSecond, Duration duration, Path stateDir) throws Exception {
        Histogram histogram = new Histogram(60_000, 3);
        Map<String, Long> sentAt = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong journeys = new AtomicLong(10_000_000);
        try (KafkaStreams streams = new KafkaStreams(topology, streamsProps(bootstrap, applicationId, stateDir));
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps(bootstrap));
                KafkaConsumer<String, byte[]> decisions = new KafkaConsumer<>(readerProps(bootstrap))) {
            streams.start();
            decisions.subscribe(List.of(settings.attributionsTopic()));
            while (streams.state() != KafkaStreams.State.RUNNING) {
                Thread.sleep(100);
            }
            decisions.poll(Duration.ofMillis(100));
            decisions.seekToEnd(decisions.assignment());
            // Decisions are read on their own thread with blocking polls: a sender that also polled would
            // spin the consumer and take the CPU the engine is being measured on.
            AtomicBoolean reading = new AtomicBoolean(true);
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    drain(decisions, sentAt, histogram);
                }
            }, "decision-reader");
            reader.start();
            // New devices: the engine's state already holds the throughput run's (seed 42) devices.
            BenchEvents generator = new BenchEvents(20, 43);
            long intervalNanos = (long) (1e9 * 3.5 / eventsPerSecond);
            long start = System.nanoTime();
            long next = start;
            long end = start + duration.toNanos();
            while (System.nanoTime() < end) {
                long n = journeys.getAndIncrement();
                generator.journey(n, Instant.now(), (key, value, touchpoint) -> {
                    if (!touchpoint && sentAt.size() < 1_000_000 && new String(value).contains("\"install\"")) {
                        sentAt.put("i" + n, System.nanoTime());
                    }
                    producer.send(new ProducerRecord<>(settings.rawTopic(), key, value));
                });
                next += intervalNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            producer.flush();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            reading.set(false);
            reader.join(); // after this the histogram is complete and visible here
        }
        return histogram;
    }

    private static void drain(KafkaConsumer<String, byte[]> consumer, Map<String, Long> sentAt, Histogram histogram) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
            Json.readMap(r.value()).map(d -> (String) d.get("conversion_event_id")).map(sentAt::remove)
                    .ifPresent(sent -> histogram.recordValue(Math.min(60_000, (System.nanoTime() - sent) / 1_000_000)));
        }
    }

    private static Properties readerProps(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + System.nanoTime());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long directorySize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
