package io.unmogrowp.ingestion.kafka;

import io.unmogrowp.ingestion.config.IngestionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The one producer shared by every request: idempotent, acks=all, compressed, batched. */
@ApplicationScoped
public class ProducerFactory {

    private final IngestionConfig config;

    public ProducerFactory(IngestionConfig config) {
        this.config = config;
    }

    @Produces
    @Singleton
    KafkaProducer<String, byte[]> producer() {
        Lz4Codec.preferNative();
        return new KafkaProducer<>(properties(config.kafka()), new StringSerializer(), new ByteArraySerializer());
    }

    void close(@Disposes KafkaProducer<String, byte[]> producer) {
        producer.close(Duration.ofSeconds(5));
    }

    static Map<String, Object> properties(IngestionConfig.Kafka kafka) {
        long deadlineMs = kafka.deadline().toMillis();
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "ingestion-service");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, kafka.compressionType());
        props.put(ProducerConfig.LINGER_MS_CONFIG, kafka.lingerMs());
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, kafka.batchSizeBytes());
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, kafka.bufferMemoryBytes());
        // A request never waits longer than the deadline, so neither may send() (metadata, full buffer)...
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, deadlineMs);
        // ...and a record the request gave up on must not reach the topic later: it expires with the deadline.
        int requestTimeoutMs = (int) Math.max(1000, deadlineMs - kafka.lingerMs() - 500);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeoutMs);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(deadlineMs, requestTimeoutMs + kafka.lingerMs()));
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        // Requests send on the event loop, where send() must not wait for metadata: once TopicWarmup has fetched a
        // topic's partitions, keep them however long the topic goes unused (dead letters can be rare).
        props.put(ProducerConfig.METADATA_MAX_IDLE_CONFIG, java.time.Duration.ofDays(365).toMillis());
        return props;
    }
}
