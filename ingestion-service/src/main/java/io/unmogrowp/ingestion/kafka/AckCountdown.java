package io.unmogrowp.ingestion.kafka;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One request's acknowledgements: the producer calls back once per record (on its I/O thread, so
 * this stays cheap); the future completes with the last success or fails with the first error.
 */
final class AckCountdown extends CompletableFuture<Void> implements Callback {

    private final AtomicInteger pending;

    AckCountdown(int records) {
        this.pending = new AtomicInteger(records);
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            completeExceptionally(exception);
        } else if (pending.decrementAndGet() == 0) {
            complete(null);
        }
    }
}
