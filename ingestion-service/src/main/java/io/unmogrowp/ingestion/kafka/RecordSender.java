package io.unmogrowp.ingestion.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.unmogrowp.ingestion.config.IngestionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Sends a request's records and reports once Kafka has acknowledged all of them (acks=all), or
 * fails once the deadline passes. It never waits inside send(): topic metadata is fetched ahead
 * ({@link TopicWarmup}) and the bytes awaiting acknowledgement stay under a budget below the
 * producer's buffer, so it can run on the event loop. The current trace context travels in each record's headers so
 * the request's trace continues in the engine.
 */
@ApplicationScoped
public class RecordSender {

    private static final TextMapSetter<List<Header>> HEADER_SETTER =
            (headers, key, value) -> headers.add(new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8)));

    /** Per-record overhead beyond key and value in the producer's buffer (headers, batch framing), roughly. */
    private static final int RECORD_OVERHEAD_BYTES = 128;

    private final Producer<String, byte[]> producer;
    private final OpenTelemetry openTelemetry;
    private final Duration deadline;
    private final PendingBytes pending;
    private final Timer sendDuration;

    @Inject
    public RecordSender(Producer<String, byte[]> producer, OpenTelemetry openTelemetry, IngestionConfig config,
            MeterRegistry registry) {
        // Half the buffer: the rest is headroom for per-partition batches being filled and sent.
        this(producer, openTelemetry, config.kafka().deadline(), config.kafka().bufferMemoryBytes() / 2, registry);
    }

    RecordSender(Producer<String, byte[]> producer, OpenTelemetry openTelemetry, Duration deadline, long pendingBudgetBytes,
            MeterRegistry registry) {
        this.producer = producer;
        this.openTelemetry = openTelemetry;
        this.deadline = deadline;
        this.pending = new PendingBytes(pendingBudgetBytes);
        this.sendDuration = Timer.builder("ingestion_kafka_send_duration_seconds")
                .description("Time from handing a request's records to the producer until all are acknowledged")
                .publishPercentileHistogram()
                .register(registry);
    }

    /**
     * Hands the records to the producer on the calling thread and returns at once: the stage
     * completes from the producer's callbacks once every record is acknowledged, or fails with
     * {@link KafkaUnavailable} at the first refusal or when the deadline passes. No thread waits
     * for the acknowledgements, so a request in flight costs no parked thread.
     */
    public CompletionStage<Void> send(List<ProducerRecord<String, byte[]>> records) {
        if (records.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        long bytes = bufferedSize(records);
        if (!pending.tryReserve(bytes)) {
            return CompletableFuture.failedFuture(new KafkaUnavailable("the producer already holds "
                    + pending.budget() + " bytes awaiting acknowledgement; Kafka is not keeping up", null));
        }
        long start = System.nanoTime();
        long deadlineNanos = start + deadline.toNanos();
        // One request, one trace context: encode it once and share the header objects across its records.
        List<Header> traceHeaders = new ArrayList<>(2);
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), traceHeaders, HEADER_SETTER);
        // The bytes count until the producer has called back for every record it took, even after the deadline.
        AckCountdown acks = new AckCountdown(records.size(), () -> pending.release(bytes));
        try {
            for (ProducerRecord<String, byte[]> record : records) {
                if (acks.isDone()) {
                    // A refused record fails the request: do not pay max.block.ms again for each of the others.
                    break;
                }
                if (System.nanoTime() > deadlineNanos) {
                    throw new TimeoutException("deadline passed while handing records to the producer");
                }
                for (Header header : traceHeaders) {
                    record.headers().remove(header.key());
                    record.headers().add(header);
                }
                handOff(record, acks);
            }
        } catch (TimeoutException e) {
            acks.completeExceptionally(e);
        } catch (RuntimeException e) {
            acks.completeExceptionally(new KafkaUnavailable("Kafka could not take the records: " + e.getMessage(), e));
        } finally {
            acks.handOffFinished();
        }
        // The producer expires records at its delivery timeout (about the deadline); this bounds the wait even if it does not.
        acks.orTimeout(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        acks.whenComplete((ignored, failure) -> {
            sendDuration.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            if (failure == null) {
                outcome.complete(null);
            } else {
                outcome.completeExceptionally(unavailable(failure));
            }
        });
        return outcome;
    }

    /** A producer that throws (instead of calling back with the error) has not taken the record. */
    private void handOff(ProducerRecord<String, byte[]> record, AckCountdown acks) {
        acks.handingOff();
        try {
            producer.send(record, acks);
        } catch (RuntimeException e) {
            acks.notTaken();
            throw e;
        }
    }

    /** Sends the records and blocks until all are acknowledged, or throws once the deadline has passed. */
    public void sendAll(List<ProducerRecord<String, byte[]>> records) throws KafkaUnavailable {
        try {
            send(records).toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailable("interrupted while waiting for Kafka", e);
        }
    }

    private static long bufferedSize(List<ProducerRecord<String, byte[]>> records) {
        long bytes = 0;
        for (ProducerRecord<String, byte[]> record : records) {
            bytes += RECORD_OVERHEAD_BYTES + (record.value() == null ? 0 : record.value().length)
                    + (record.key() == null ? 0 : record.key().length());
        }
        return bytes;
    }

    private KafkaUnavailable unavailable(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof KafkaUnavailable unavailable) {
            return unavailable;
        }
        if (cause instanceof TimeoutException) {
            return new KafkaUnavailable("Kafka did not acknowledge the records within " + deadline.toMillis() + " ms", cause);
        }
        return new KafkaUnavailable("Kafka refused the records: " + cause.getMessage(), cause);
    }
}
