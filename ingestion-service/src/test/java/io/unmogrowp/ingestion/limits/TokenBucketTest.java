package io.unmogrowp.ingestion.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unmogrowp.ingestion.limits.service.TokenBucket;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void startsFullTakesAndRefillsAtTheRate() {
        TokenBucket bucket = new TokenBucket(10, 20, 0);
        assertEquals(0, bucket.tryTake(20, 0));
        assertEquals(0.5, bucket.tryTake(5, 0), 1e-9);
        assertEquals(0, bucket.tryTake(5, SECOND / 2));
        assertEquals(0.1, bucket.tryTake(1, SECOND / 2), 1e-9);
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(10, 20, 0);
        bucket.tryTake(20, 0);
        assertEquals(0, bucket.tryTake(20, 100 * SECOND));
        assertEquals(0.1, bucket.tryTake(1, 100 * SECOND), 1e-9);
    }

    @Test
    void refusedRequestTakesNothing() {
        TokenBucket bucket = new TokenBucket(1, 5, 0);
        assertEquals(0, bucket.tryTake(3, 0));
        assertEquals(2.0, bucket.tryTake(4, 0), 1e-9);
        assertEquals(0, bucket.tryTake(2, 0));
    }

    @Test
    void oversizedRequestPassesOnlyOnAFullBucketAndEmptiesIt() {
        TokenBucket bucket = new TokenBucket(1, 5, 0);
        assertEquals(0, bucket.tryTake(6, 0));
        assertEquals(1.0, bucket.tryTake(1, 0), 1e-9);
        assertEquals(1.0, bucket.tryTake(6, 4 * SECOND), 1e-9);
    }
}
