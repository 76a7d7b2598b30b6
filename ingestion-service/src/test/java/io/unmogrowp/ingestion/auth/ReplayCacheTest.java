package io.unmogrowp.ingestion.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.ingestion.auth.service.ReplayCache;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayCacheTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void secondUseWithinTheWindowIsRefusedAndAllowedAfterExpiry() {
        ReplayCache cache = new ReplayCache(10);
        assertTrue(cache.firstUse("sig-a", T0.plusSeconds(300), T0));
        assertFalse(cache.firstUse("sig-a", T0.plusSeconds(300), T0.plusSeconds(299)));
        assertTrue(cache.firstUse("sig-a", T0.plusSeconds(700), T0.plusSeconds(300)));
    }

    @Test
    void isBoundedOldestForgottenFirst() {
        ReplayCache cache = new ReplayCache(2);
        assertTrue(cache.firstUse("a", T0.plusSeconds(300), T0));
        assertTrue(cache.firstUse("b", T0.plusSeconds(300), T0));
        assertTrue(cache.firstUse("c", T0.plusSeconds(300), T0));
        assertFalse(cache.firstUse("c", T0.plusSeconds(300), T0));
        assertTrue(cache.firstUse("a", T0.plusSeconds(300), T0), "a was evicted to stay within 2 entries");
    }
}
