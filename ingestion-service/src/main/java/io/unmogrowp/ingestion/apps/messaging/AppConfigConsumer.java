package io.unmogrowp.ingestion.apps.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.unmogrowp.ingestion.apps.service.AppConfigParser;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.config.IngestionConfig;
import io.unmogrowp.ingestion.kafka.KafkaStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads the whole compacted app-config topic from the beginning on a thread of its own (no
 * consumer group: every instance needs every app) and keeps following it. The directory counts
 * as caught up once the end offsets seen at start have been reached.
 */
@ApplicationScoped
public class AppConfigConsumer {

    private static final Logger LOG = Logger.getLogger(AppConfigConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final AppDirectory directory;
    private final IngestionConfig config;
    private final KafkaStatus kafkaStatus;
    private volatile boolean running = true;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public AppConfigConsumer(AppDirectory directory, IngestionConfig config, KafkaStatus kafkaStatus) {
        this.directory = directory;
        this.config = config;
        this.kafkaStatus = kafkaStatus;
    }

    void start(@Observes StartupEvent ignored) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka().bootstrapServers());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingestion-app-config");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(this::run, "app-config-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            Map<TopicPartition, Long> endOffsetsAtStart = assignAll();
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    apply(record);
                }
                kafkaStatus.setConsumerConnected(connectionCount() > 0);
                if (!directory.isCaughtUp() && reached(endOffsetsAtStart)) {
                    directory.markCaughtUp();
                    LOG.infof("app-config caught up: %d apps", directory.size());
                }
            }
        } catch (WakeupException stopping) {
            // shutdown
        } catch (RuntimeException e) {
            LOG.error("app-config consumer stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private Map<TopicPartition, Long> assignAll() {
        String topic = config.kafka().appConfigTopic();
        List<PartitionInfo> partitions = null;
        while (running && (partitions == null || partitions.isEmpty())) {
            try {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.warnf("waiting for topic %s: %s", topic, e.getMessage());
            }
        }
        List<TopicPartition> assigned = partitions.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        return consumer.endOffsets(assigned, Duration.ofSeconds(30));
    }

    private boolean reached(Map<TopicPartition, Long> endOffsets) {
        for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                directory.remove(record.key());
            }
            return;
        }
        AppConfigParser.parse(record.value()).ifPresentOrElse(directory::apply,
                () -> LOG.warnf("skipping unreadable app-config record at %s-%d@%d", record.topic(),
                        record.partition(), record.offset()));
    }

    private double connectionCount() {
        for (Map.Entry<MetricName, ? extends Metric> metric : consumer.metrics().entrySet()) {
            if (metric.getKey().name().equals("connection-count")
                    && metric.getKey().group().equals("consumer-metrics")) {
                Object value = metric.getValue().metricValue();
                return value instanceof Number number ? number.doubleValue() : 0;
            }
        }
        return 0;
    }
}
