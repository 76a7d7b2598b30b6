package io.unmogrowp.ingestion.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the offsets it had when the probe was opened, so a test sees only records
 * written after it started.
 */
public final class KafkaProbe implements AutoCloseable {

    public static final String BOOTSTRAP = "127.0.0.1:9092";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private KafkaProbe(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    public static KafkaProbe open(String topic) {
        return new KafkaProbe(topic);
    }

    /** The first record (seen so far or arriving within the timeout) whose key and JSON value match. */
    public Found await(Predicate<Found> matches, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < seen.size(); checked++) {
                Found found = Found.of(seen.get(checked));
                if (matches.test(found)) {
                    return found;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching record within " + timeout + " (" + seen.size() + " records seen)");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** Every matching record that arrives within the window (used to prove something was NOT written). */
    public List<Found> collect(Predicate<Found> matches, Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return seen.stream().map(Found::of).filter(matches).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** A record with its value parsed. */
    public record Found(ConsumerRecord<String, byte[]> record, JsonNode value) {

        static Found of(ConsumerRecord<String, byte[]> record) {
            try {
                return new Found(record, record.value() == null ? null : MAPPER.readTree(record.value()));
            } catch (IOException e) {
                return new Found(record, null);
            }
        }

        public String key() {
            return record.key();
        }

        public String text(String field) {
            return value == null || !value.hasNonNull(field) ? null : value.get(field).asText();
        }

        public String header(String name) {
            var header = record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
