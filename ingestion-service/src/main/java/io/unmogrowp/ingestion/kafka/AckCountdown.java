package io.unmogrowp.ingestion.kafka;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One request's acknowledgements: the producer calls back once per record (on its I/O thread, so
 * this stays cheap); the future completes with the last success or fails with the first error.
 * Separately it counts the records the producer still holds, and runs {@code whenReleased} once it
 * holds none: after the deadline has failed the request, records may still sit in the producer's
 * buffer until it expires them, and their bytes must count until then.
 */
final class AckCountdown extends CompletableFuture<Void> implements Callback {

    private final AtomicInteger pending;
    /** Records handed to the producer and not yet called back, plus one while the hand-off goes on. */
    private final AtomicInteger held = new AtomicInteger(1);
    private final Runnable whenReleased;

    AckCountdown(int records, Runnable whenReleased) {
        this.pending = new AtomicInteger(records);
        this.whenReleased = whenReleased;
    }

    /** Before each {@code producer.send}: the producer will call back for this record. */
    void handingOff() {
        held.incrementAndGet();
    }

    /** The producer threw instead of taking the record: it will not call back for it. */
    void notTaken() {
        release();
    }

    /** No more records will be handed off. */
    void handOffFinished() {
        release();
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            completeExceptionally(exception);
        } else if (pending.decrementAndGet() == 0) {
            complete(null);
        }
        release();
    }

    private void release() {
        if (held.decrementAndGet() == 0) {
            whenReleased.run();
        }
    }
}
