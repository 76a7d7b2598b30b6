package io.unmogrowp.engine.topology;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.unmogrowp.core.attribution.Decision;
import io.unmogrowp.engine.codec.Json;
import io.unmogrowp.engine.config.EngineRocksDbConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The real topology in a TopologyTestDriver, with a clock the test moves. */
final class TopologyHarness implements AutoCloseable {

    /** A clock the test sets; the topology reads it for decided_at and the settings cache. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Records what the observer saw. */
    static final class RecordingObserver implements EngineObserver {
        final List<Decision> decisions = new ArrayList<>();
        final List<Boolean> accuracySamples = new ArrayList<>();
        int duplicates;
        int unreadable;

        @Override
        public void onDecision(Decision decision, int version, Duration sinceReceipt) {
            decisions.add(decision);
        }

        @Override
        public void onDuplicate(String appId) {
            duplicates++;
        }

        @Override
        public void onUnreadable() {
            unreadable++;
        }

        @Override
        public void onAccuracySample(String appId, boolean agreed) {
            accuracySamples.add(agreed);
        }
    }

    final MutableClock clock;
    final RecordingObserver observer = new RecordingObserver();
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> raw;
    private final TestInputTopic<String, byte[]> appConfig;
    private final TestOutputTopic<String, byte[]> attributions;
    private final TestOutputTopic<String, byte[]> attributed;

    TopologyHarness(Instant start) {
        this.clock = new MutableClock(start);
        TopologySettings settings = TopologySettings.defaults();
        OpenTelemetry otel = OpenTelemetry.propagating(ContextPropagators.create(W3CTraceContextPropagator.getInstance()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "attribution-engine-ttd");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, "target/ttd-state/" + System.nanoTime());
        // The engine's RocksDB options (prefix bloom filters included), so these tests read stores as it does.
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, EngineRocksDbConfig.class);
        driver = new TopologyTestDriver(AttributionTopology.build(settings, clock, observer, otel), props, start);
        raw = driver.createInputTopic(settings.rawTopic(), new StringSerializer(), new ByteArraySerializer());
        appConfig = driver.createInputTopic(settings.appConfigTopic(), new StringSerializer(), new ByteArraySerializer());
        attributions = driver.createOutputTopic(settings.attributionsTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        attributed = driver.createOutputTopic(settings.attributedTopic(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Sends an event as ingestion would, arriving at {@code arrival} (the record timestamp). */
    void send(TestEvents event, Instant arrival) {
        send(event, arrival, new RecordHeaders());
    }

    void send(TestEvents event, Instant arrival, Headers headers) {
        clock.set(arrival);
        raw.pipeInput(new TestRecord<>(event.key(), Json.write(event.toMap()), headers, arrival));
    }

    void sendRaw(String key, byte[] value, Instant arrival) {
        clock.set(arrival);
        raw.pipeInput(new TestRecord<>(key, value, new RecordHeaders(), arrival));
    }

    void configure(String appId, Map<String, Object> settings, int version) {
        appConfig.pipeInput(appId, Json.write(Map.of("app_id", appId, "version", version, "settings", settings)));
    }

    void advanceWallClock(Duration duration) {
        clock.set(clock.instant().plus(duration));
        driver.advanceWallClockTime(duration);
    }

    List<TestRecord<String, byte[]>> decisionRecords() {
        return attributions.readRecordsToList();
    }

    List<Map<String, Object>> decisions() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TestRecord<String, byte[]> r : attributions.readRecordsToList()) {
            out.add(Json.readMap(r.value()).orElseThrow());
        }
        return out;
    }

    List<Map<String, Object>> attributedEvents() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TestRecord<String, byte[]> r : attributed.readRecordsToList()) {
            out.add(Json.readMap(r.value()).orElseThrow());
        }
        return out;
    }

    @Override
    public void close() {
        driver.close();
    }
}
