package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.buffer.ByteBuf;
import org.junit.jupiter.api.Test;

class BodyPoolTest {

    @Test
    void aBodyInUseIsNeverHandedOutAgainAndAReturnedOneIs() {
        BodyPool pool = new BodyPool();
        ByteBuf first = pool.take();
        ByteBuf second = pool.take();
        assertNotSame(first, second, "two requests in flight get two bodies");
        pool.giveBack(first);
        assertSame(first, pool.take(), "a returned body is reused instead of a new one");
        assertNotSame(second, pool.take(), "the body still in use stays out of the pool");
    }
}
