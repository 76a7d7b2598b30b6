package io.unmogrowp.ingestion.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.unmogrowp.ingestion.errors.RequestRejected;
import io.unmogrowp.ingestion.limits.service.InFlightLimiter;
import org.junit.jupiter.api.Test;

class InFlightLimiterTest {

    @Test
    void refusesWith429OverloadedWhenFullAndRecoversOnRelease() {
        InFlightLimiter limiter = new InFlightLimiter(100, 2);
        InFlightLimiter.Lease first = limiter.acquire(60);
        RequestRejected refused = assertThrows(RequestRejected.class, () -> limiter.acquire(41));
        assertEquals(429, refused.status());
        assertEquals("overloaded", refused.reason());
        assertEquals(2, refused.retryAfterSeconds());
        try (InFlightLimiter.Lease second = limiter.acquire(40)) {
            assertEquals(0, limiter.available());
        }
        first.close();
        assertEquals(100, limiter.available());
    }

    @Test
    void requestLargerThanTheWholeBoundStillFitsWhenIdle() {
        InFlightLimiter limiter = new InFlightLimiter(10, 1);
        try (InFlightLimiter.Lease lease = limiter.acquire(50)) {
            assertEquals(0, limiter.available());
        }
        assertEquals(10, limiter.available());
    }
}
