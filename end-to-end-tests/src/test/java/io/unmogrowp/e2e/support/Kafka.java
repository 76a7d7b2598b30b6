package io.unmogrowp.e2e.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Producer and read_committed reader on the real local broker. */
public final class Kafka {

    public static final String BOOTSTRAP = "127.0.0.1:9092";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Kafka() {
    }

    public static KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    public static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every committed record of the topic from the beginning that passes the filter, until {@code expected}
     * or the timeout; then 3 s more, in which a duplicate would show.
     */
    public static List<Map<String, Object>> readCommitted(String topic, Predicate<Map<String, Object>> filter,
            int expected, Duration timeout) {
        return readCommitted(topic, filter, expected, timeout, Duration.ofSeconds(3));
    }

    /** As above, reading on for {@code quiet} once {@code expected} records are found (zero: return at once). */
    public static List<Map<String, Object>> readCommitted(String topic, Predicate<Map<String, Object>> filter,
            int expected, Duration timeout, Duration quiet) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<Map<String, Object>> found = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        long quietUntil = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, Object> value = parse(r.value());
                    if (value != null && filter.test(value)) {
                        found.add(value);
                    }
                }
                // Once the expected count is reached keep reading a little: a duplicate would arrive now.
                if (found.size() >= expected) {
                    if (quiet.isZero()) {
                        break;
                    }
                    if (quietUntil == 0) {
                        quietUntil = System.nanoTime() + quiet.toNanos();
                    } else if (System.nanoTime() > quietUntil) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static Map<String, Object> parse(byte[] bytes) {
        try {
            return JSON.readValue(bytes, new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            return null;
        }
    }
}
