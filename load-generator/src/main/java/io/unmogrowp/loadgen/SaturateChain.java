package io.unmogrowp.loadgen;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import java.util.concurrent.CountDownLatch;

/** One closed-loop request chain of the saturate mode: post, wait for the answer, post the next batch. */
final class SaturateChain {

    /** A measured answer: latency from send, status (0 on error), and the error if the request failed. */
    interface Outcome {
        void record(long micros, int status, Throwable error);
    }

    private final EventPoster poster;
    private final EventFactory factory;
    private final int batch;
    private final long measuredFromNanos;
    private final long endNanos;
    private final CountDownLatch done;
    private final Outcome outcome;
    private final ByteBuf reusedBody = BodyPool.newBody();

    SaturateChain(EventPoster poster, EventFactory factory, int batch, long measuredFromNanos, long endNanos,
            CountDownLatch done, Outcome outcome) {
        this.poster = poster;
        this.factory = factory;
        this.batch = batch;
        this.measuredFromNanos = measuredFromNanos;
        this.endNanos = endNanos;
        this.done = done;
        this.outcome = outcome;
    }

    /** Posts the next batch, or ends the chain once the run is over. */
    void next() {
        long sentAt = System.nanoTime();
        if (sentAt >= endNanos) {
            done.countDown();
            return;
        }
        // One request at a time per chain: the previous one is done, so its body can be rewritten.
        Buffer body = factory.batchInto(reusedBody, batch, System.currentTimeMillis());
        poster.post(body).whenComplete((status, error) -> {
            if (sentAt >= measuredFromNanos) {
                outcome.record((System.nanoTime() - sentAt) / 1000, status == null ? 0 : status, error);
            }
            next();
        });
    }
}
