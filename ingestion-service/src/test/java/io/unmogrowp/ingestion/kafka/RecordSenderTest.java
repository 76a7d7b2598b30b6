package io.unmogrowp.ingestion.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The non-blocking send behind the 202: it completes only when every record is acknowledged,
 * fails at the first refusal or at the deadline, and refuses at once what the producer's buffer
 * could not take without blocking.
 */
class RecordSenderTest {

    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());

    @Test
    void completesOnlyOnceEveryRecordIsAcknowledged() throws Exception {
        CompletableFuture<Void> sent = sender(Duration.ofSeconds(5), 1 << 20).send(records(3)).toCompletableFuture();

        assertEquals(3, producer.history().size(), "every record is handed to the producer before send returns");
        producer.completeNext();
        producer.completeNext();
        assertFalse(sent.isDone(), "two of three acknowledgements do not complete the request");
        producer.completeNext();
        sent.get(1, TimeUnit.SECONDS);
    }

    @Test
    void aRefusedRecordFailsTheRequest() {
        CompletableFuture<Void> sent = sender(Duration.ofSeconds(5), 1 << 20).send(records(3)).toCompletableFuture();

        producer.completeNext();
        producer.errorNext(new NotEnoughReplicasException("min.insync.replicas not met"));

        ExecutionException failure = assertThrows(ExecutionException.class, () -> sent.get(1, TimeUnit.SECONDS));
        assertInstanceOf(KafkaUnavailable.class, failure.getCause());
    }

    @Test
    void noAcknowledgementWithinTheDeadlineFailsTheRequestAtTheDeadline() {
        long start = System.nanoTime();
        CompletableFuture<Void> sent = sender(Duration.ofMillis(300), 1 << 20).send(records(2)).toCompletableFuture();

        ExecutionException failure = assertThrows(ExecutionException.class, () -> sent.get(5, TimeUnit.SECONDS));
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertInstanceOf(KafkaUnavailable.class, failure.getCause());
        assertTrue(failure.getCause().getMessage().contains("300 ms"), failure.getCause().getMessage());
        assertTrue(waitedMs >= 250 && waitedMs < 2_000, "failed at the deadline, after " + waitedMs + " ms");
        // A late acknowledgement does not turn the refused request into a success.
        producer.completeNext();
        assertTrue(sent.isCompletedExceptionally());
    }

    @Test
    void whatWouldOverfillTheProducersBufferIsRefusedAtOnceAndRoomReturnsWithTheAcks() throws Exception {
        RecordSender sender = sender(Duration.ofSeconds(5), 4_000);
        CompletableFuture<Void> first = sender.send(records(5)).toCompletableFuture(); // about 2,600 bytes pending

        CompletableFuture<Void> second = sender.send(records(5)).toCompletableFuture();
        assertTrue(second.isCompletedExceptionally(), "refused without waiting");
        assertEquals(5, producer.history().size(), "nothing of the refused request reached the producer");

        for (int i = 0; i < 5; i++) {
            producer.completeNext();
        }
        first.get(1, TimeUnit.SECONDS);
        CompletableFuture<Void> third = sender.send(records(5)).toCompletableFuture();
        assertFalse(third.isDone(), "accepted again once the first request's bytes were acknowledged");
        assertEquals(10, producer.history().size());
    }

    /** Failed at the deadline, the records still sit in the producer's buffer until it expires them. */
    @Test
    void recordsGivenUpAtTheDeadlineKeepTheirBytesCountedUntilTheProducerLetsThemGo() throws Exception {
        RecordSender sender = sender(Duration.ofMillis(200), 4_000);
        CompletableFuture<Void> first = sender.send(records(5)).toCompletableFuture(); // about 2,600 bytes pending
        assertThrows(ExecutionException.class, () -> first.get(5, TimeUnit.SECONDS));

        CompletableFuture<Void> second = sender.send(records(5)).toCompletableFuture();
        assertTrue(second.isCompletedExceptionally(), "the producer still holds the first request's records");
        assertEquals(5, producer.history().size());

        for (int i = 0; i < 5; i++) {
            producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("expired in the accumulator"));
        }
        CompletableFuture<Void> third = sender.send(records(5)).toCompletableFuture();
        assertFalse(third.isDone(), "accepted again once the producer called back for every expired record");
        assertEquals(10, producer.history().size());
    }

    /** A producer that throws has not taken the record: its bytes are not held for a callback that never comes. */
    @Test
    void aRecordTheProducerThrowsOnHoldsNoBytes() throws Exception {
        RecordSender sender = sender(Duration.ofSeconds(5), 4_000);
        producer.sendException = new org.apache.kafka.common.KafkaException("the producer is failing");
        CompletableFuture<Void> refused = sender.send(records(5)).toCompletableFuture();
        ExecutionException failure = assertThrows(ExecutionException.class, () -> refused.get(1, TimeUnit.SECONDS));
        assertInstanceOf(KafkaUnavailable.class, failure.getCause());

        producer.sendException = null;
        CompletableFuture<Void> next = sender.send(records(5)).toCompletableFuture();
        assertFalse(next.isDone(), "the refused request's bytes were not kept");
        assertTrue(sender.send(records(5)).toCompletableFuture().isCompletedExceptionally(),
                "the budget still counts what the producer did take");
    }

    @Test
    void theBlockingFormThrowsKafkaUnavailable() {
        RecordSender sender = sender(Duration.ofMillis(200), 1 << 20);

        assertThrows(KafkaUnavailable.class, () -> sender.sendAll(records(1)));
    }

    private RecordSender sender(Duration deadline, long budgetBytes) {
        return new RecordSender(producer, OpenTelemetry.noop(), deadline, budgetBytes, new SimpleMeterRegistry());
    }

    private static List<ProducerRecord<String, byte[]>> records(int count) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(new ProducerRecord<>("events.raw", "app:device-" + i, new byte[400]));
        }
        return records;
    }
}
