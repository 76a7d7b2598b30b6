package io.unmogrowp.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Reads the real app-config topic from its current end, so a test sees only what it caused. */
public final class AppConfigTopic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;

    /** A received record: its key, parsed value and headers of interest. */
    public record Received(String key, JsonNode value, Map<String, String> headers) {
    }

    public AppConfigTopic() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor("app-config").stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before the test acts
    }

    /** Waits up to 15 s for a record with this key matching the condition. */
    public Optional<Received> await(String key, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                JsonNode value = JSON.readTree(record.value());
                if (key.equals(record.key()) && condition.test(value)) {
                    Map<String, String> headers = new java.util.HashMap<>();
                    record.headers().forEach(h -> headers.put(h.key(), new String(h.value())));
                    return Optional.of(new Received(record.key(), value, headers));
                }
            }
        }
        return Optional.empty();
    }

    /** Every record with this key seen within the given time. */
    public List<JsonNode> collect(String key, Duration within) throws Exception {
        List<JsonNode> values = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    values.add(JSON.readTree(record.value()));
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
