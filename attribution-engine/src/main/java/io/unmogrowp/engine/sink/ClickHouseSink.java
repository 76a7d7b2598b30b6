package io.unmogrowp.engine.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.unmogrowp.engine.config.EngineConfig;
import io.unmogrowp.engine.health.DependencyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Copies events.raw, attributions and events.attributed into ClickHouse in batches (batch-rows rows or
 * flush-interval, whichever first). Offsets are committed only after ClickHouse took the batch; while it
 * is down the consumer pauses and retries the same batch, so nothing is dropped, and a batch written twice
 * after a crash collapses on the tables' ReplacingMergeTree keys.
 */
@ApplicationScoped
public class ClickHouseSink {

    private static final Logger LOG = Logger.getLogger(ClickHouseSink.class);
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final EngineConfig config;
    private final ClickHouseWriter writer;
    private final DependencyStatus dependencies;
    private final MeterRegistry registry;
    private final String bootstrapServers;
    private final RowMapper mapper;
    private final Counter insertFailures;

    private volatile boolean running;
    private volatile boolean joined;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public ClickHouseSink(EngineConfig config, ClickHouseWriter writer, DependencyStatus dependencies,
            MeterRegistry registry, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.writer = writer;
        this.dependencies = dependencies;
        this.registry = registry;
        this.bootstrapServers = bootstrapServers;
        this.mapper = new RowMapper(config.topics().raw(), config.topics().attributions(), config.topics().attributed());
        // Registered at zero so the first failure is an increase the alert can see, not a new series.
        this.insertFailures = registry.counter("attribution_clickhouse_insert_failures");
    }

    /** True once the sink's consumer joined its group (or the sink is disabled): it will see new records. */
    public boolean isJoinedOrDisabled() {
        return joined || !config.clickhouse().enabled();
    }

    void start(@Observes StartupEvent event) {
        if (!config.clickhouse().enabled()) {
            LOG.info("ClickHouse sink disabled (engine.clickhouse.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "clickhouse-sink");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }

    private void run() {
        SinkBatch batch = new SinkBatch();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerProperties())) {
            consumer = c;
            try (KafkaClientMetrics metrics = new KafkaClientMetrics(c)) {
                metrics.bindTo(registry);
                c.subscribe(List.of(config.topics().raw(), config.topics().attributions(), config.topics().attributed()),
                        new FlushOnRevoke(c, batch));
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : c.poll(Duration.ofMillis(200))) {
                        batch.add(record, mapper.rows(record.topic(), record.value()), System.currentTimeMillis());
                    }
                    if (batch.isDue(config.clickhouse().batchRows(), config.clickhouse().flushInterval().toMillis(),
                            System.currentTimeMillis())) {
                        flushUntilWritten(c, batch);
                    }
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("ClickHouse sink woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.error("ClickHouse sink stopped; it restarts with the service and resumes from committed offsets", e);
            dependencies.set(DependencyStatus.CLICKHOUSE, false);
        }
    }

    /** Retries the same batch until ClickHouse takes it; paused partitions keep the group membership alive. */
    private void flushUntilWritten(KafkaConsumer<String, byte[]> c, SinkBatch batch) {
        long backoff = 200;
        boolean paused = false;
        while (running) {
            try {
                write(batch);
                c.commitSync(batch.offsets());
                batch.clear();
                dependencies.set(DependencyStatus.CLICKHOUSE, true);
                if (paused) {
                    c.resume(c.paused());
                    LOG.info("ClickHouse is back: sink resumed");
                }
                return;
            } catch (WakeupException e) {
                throw e;
            } catch (Exception e) {
                insertFailures.increment();
                dependencies.set(DependencyStatus.CLICKHOUSE, false);
                if (!paused) {
                    LOG.warnf("ClickHouse insert failed (%s): pausing consumption and retrying", e.getMessage());
                    c.pause(c.assignment());
                    paused = true;
                }
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                // Keeps the group membership alive; a rebalance may assign new, unpaused partitions.
                for (ConsumerRecord<String, byte[]> record : c.poll(Duration.ZERO)) {
                    batch.add(record, mapper.rows(record.topic(), record.value()), System.currentTimeMillis());
                }
                c.pause(c.assignment());
            }
        }
    }

    private void write(SinkBatch batch) throws Exception {
        for (Map.Entry<String, List<Map<String, Object>>> table : batch.rowsByTable().entrySet()) {
            writer.insert(table.getKey(), table.getValue());
            registry.counter("attribution_clickhouse_rows_written", "table", table.getKey())
                    .increment(table.getValue().size());
        }
        long unreadable = batch.takeUnreadable();
        if (unreadable > 0) {
            registry.counter("attribution_clickhouse_unreadable_records").increment(unreadable);
        }
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.clickhouse().consumerGroup());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "clickhouse-sink");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, config.clickhouse().autoOffsetReset());
        // Decisions are written transactionally by the topology: only committed ones reach ClickHouse.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.max(500, config.clickhouse().batchRows()));
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On a rebalance, try once to write what was read; if that fails the new owner re-reads it. */
    private final class FlushOnRevoke implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, byte[]> consumer;
        private final SinkBatch batch;

        FlushOnRevoke(KafkaConsumer<String, byte[]> consumer, SinkBatch batch) {
            this.consumer = consumer;
            this.batch = batch;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (batch.isEmpty()) {
                return;
            }
            try {
                write(batch);
                consumer.commitSync(batch.offsets());
            } catch (Exception e) {
                LOG.warnf("could not write the batch before a rebalance (%s); it will be read again", e.getMessage());
            }
            batch.clear();
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // Called after every rebalance, also with no partitions: the sink has joined its group.
            joined = true;
        }
    }
}
