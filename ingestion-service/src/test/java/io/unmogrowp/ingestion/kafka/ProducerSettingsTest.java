package io.unmogrowp.ingestion.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.ingestion.config.IngestionConfig;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The producer behind the 202: idempotent, acks=all, compressed, batched, and never outliving a request. */
@QuarkusTest
class ProducerSettingsTest {

    @Inject
    IngestionConfig config;

    @Test
    void theProducerIsIdempotentAcksAllCompressedAndBatched() {
        ProducerConfig producer = asKafkaSeesIt(ProducerFactory.properties(config.kafka()));

        assertTrue(producer.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("-1", producer.getString(ProducerConfig.ACKS_CONFIG), "acks=all");
        assertEquals("lz4", producer.getString(ProducerConfig.COMPRESSION_TYPE_CONFIG));
        assertEquals(5L, producer.getLong(ProducerConfig.LINGER_MS_CONFIG));
        assertEquals(262_144, producer.getInt(ProducerConfig.BATCH_SIZE_CONFIG));
    }

    @Test
    void aRecordGivenUpOnExpiresWithTheRequestsDeadline() {
        long deadline = config.kafka().deadline().toMillis();
        // Kafka itself refuses a delivery timeout shorter than linger + request timeout.
        ProducerConfig producer = asKafkaSeesIt(ProducerFactory.properties(config.kafka()));

        assertEquals(deadline, producer.getLong(ProducerConfig.MAX_BLOCK_MS_CONFIG));
        assertEquals(deadline, (long) producer.getInt(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG),
                "a record expires with the deadline of the request that sent it");
    }

    /** The properties as the producer validates them (the factory passes serializer instances separately). */
    private static ProducerConfig asKafkaSeesIt(Map<String, Object> properties) {
        Map<String, Object> withSerializers = new HashMap<>(properties);
        withSerializers.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        withSerializers.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new ProducerConfig(withSerializers);
    }
}
