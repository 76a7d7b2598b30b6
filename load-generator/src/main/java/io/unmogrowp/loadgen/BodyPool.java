package io.unmogrowp.loadgen;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Request bodies of the open loop, reused once their request is done. A new 40 KB array per request was
 * most of the generator's garbage, so most of its collections, and their pauses count in the measured
 * latency like the service's own. Taken on the sending thread, given back on the event loop.
 */
final class BodyPool {

    /** A batch of 100 events is about 40 KB; a larger one grows its buffer once and keeps it. */
    private static final int INITIAL_CAPACITY = 64 * 1024;

    private final ConcurrentLinkedQueue<ByteBuf> free = new ConcurrentLinkedQueue<>();

    /** A body buffer of its own, for a sender with one request at a time (a saturate chain). */
    static ByteBuf newBody() {
        return Unpooled.buffer(INITIAL_CAPACITY);
    }

    ByteBuf take() {
        ByteBuf reused = free.poll();
        return reused != null ? reused : newBody();
    }

    /** Only once the request that used it has completed: until then the connection may still be writing it. */
    void giveBack(ByteBuf body) {
        free.offer(body);
    }
}
