package io.unmogrowp.engine.topology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeyFilterTest {

    @Test
    void everyAddedKeyIsFoundAndFewOthersAre() {
        KeyFilter filter = new KeyFilter();
        int added = 200_000; // several times the first filter's capacity, so it grows
        for (int i = 0; i < added; i++) {
            filter.add("d|app_x|advertising_id:" + i);
        }
        for (int i = 0; i < added; i++) {
            assertTrue(filter.mightContain("d|app_x|advertising_id:" + i), "no false negatives");
        }
        int falsePositives = 0;
        for (int i = 0; i < added; i++) {
            if (filter.mightContain("f|app_x|fingerprint-" + i)) {
                falsePositives++;
            }
        }
        // Each of the filters has about 1 % false positives; growing by doubling keeps their sum a few percent.
        assertTrue(falsePositives < added * 0.05, "false positives: " + falsePositives);
    }

    @Test
    void anEmptyFilterContainsNothing() {
        KeyFilter filter = new KeyFilter();
        assertTrue(filter.isEmpty());
        assertFalse(filter.mightContain("c|app_x|anything"));
    }

    @Test
    void recentKeysLiveForOneFullGracePeriodAndLeaveAfterTwoGenerations() {
        Duration grace = Duration.ofHours(2);
        RecentConversionKeys keys = new RecentConversionKeys(grace);
        long generationStart = 1_000 * grace.toMillis();
        long addedAt = generationStart + grace.toMillis() - 1; // the last millisecond of a generation
        keys.add("d|app_x|advertising_id:a", addedAt);

        assertTrue(keys.mightBeShared("d|app_x|advertising_id:a", addedAt + grace.toMillis()),
                "a full grace period later, in the next generation");
        assertFalse(keys.mightBeShared("d|app_x|advertising_id:b", addedAt + grace.toMillis()));
        assertFalse(keys.mightBeShared("d|app_x|advertising_id:a", addedAt + 2 * grace.toMillis() + 1),
                "two generations later the key is gone");
    }
}
