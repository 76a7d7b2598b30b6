package io.unmogrowp.ingestion.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.unmogrowp.ingestion.config.IngestionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Sends a request's records and waits until Kafka has acknowledged all of them (acks=all), or
 * fails once the deadline passes. The current trace context travels in each record's headers so
 * the request's trace continues in the engine.
 */
@ApplicationScoped
public class RecordSender {

    private static final TextMapSetter<List<Header>> HEADER_SETTER =
            (headers, key, value) -> headers.add(new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8)));

    private final KafkaProducer<String, byte[]> producer;
    private final OpenTelemetry openTelemetry;
    private final Duration deadline;
    private final Timer sendDuration;

    public RecordSender(KafkaProducer<String, byte[]> producer, OpenTelemetry openTelemetry, IngestionConfig config,
            MeterRegistry registry) {
        this.producer = producer;
        this.openTelemetry = openTelemetry;
        this.deadline = config.kafka().deadline();
        this.sendDuration = Timer.builder("ingestion_kafka_send_duration_seconds")
                .description("Time from handing a request's records to the producer until all are acknowledged")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Sends the records and blocks until all are acknowledged, or throws once the deadline has passed. */
    public void sendAll(List<ProducerRecord<String, byte[]>> records) throws KafkaUnavailable {
        if (records.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        long deadlineNanos = start + deadline.toNanos();
        // One request, one trace context: encode it once and share the header objects across its records.
        List<Header> traceHeaders = new ArrayList<>(2);
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), traceHeaders, HEADER_SETTER);
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        try {
            for (ProducerRecord<String, byte[]> record : records) {
                if (System.nanoTime() > deadlineNanos) {
                    throw new TimeoutException("deadline passed while handing records to the producer");
                }
                for (Header header : traceHeaders) {
                    record.headers().remove(header.key());
                    record.headers().add(header);
                }
                Future<RecordMetadata> ack = producer.send(record);
                if (ack.isDone()) {
                    // send() fails fast only after blocking max.block.ms on metadata; do not pay that per record.
                    ack.get();
                }
                acks.add(ack);
            }
            for (Future<RecordMetadata> ack : acks) {
                long remaining = deadlineNanos - System.nanoTime();
                ack.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            throw new KafkaUnavailable("Kafka did not acknowledge the records within " + deadline.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw new KafkaUnavailable("Kafka refused the records: " + e.getCause().getMessage(), e.getCause());
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new KafkaUnavailable("Kafka could not take the records: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailable("interrupted while waiting for Kafka", e);
        } finally {
            sendDuration.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
