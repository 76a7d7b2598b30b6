package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {

    @Test
    void requestsAreDueAtFixedIntervalsFromTheStart() {
        // 10,000 events/s in batches of 100 = one request every 10 ms.
        OpenLoopSchedule schedule = new OpenLoopSchedule(1_000, 10_000, 100);
        assertEquals(10_000_000.0, schedule.intervalNanos(), 1e-6);
        assertEquals(1_000, schedule.dueNanos(0));
        assertEquals(1_000 + 30_000_000, schedule.dueNanos(3));
    }

    @Test
    void dueCountIgnoresHowLateTheSenderIs() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(0, 1_000, 100);
        assertEquals(0, schedule.dueBy(-1));
        assertEquals(1, schedule.dueBy(0));
        assertEquals(1, schedule.dueBy(99_999_999));
        assertEquals(2, schedule.dueBy(100_000_000));
        assertEquals(11, schedule.dueBy(1_000_000_000));
    }

    @Test
    void refusesNonPositiveRatesAndNegativeRamps() {
        assertThrows(IllegalArgumentException.class, () -> new OpenLoopSchedule(0, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new OpenLoopSchedule(0, 1_000, 100, -1));
    }

    @Test
    void aRampSendsHalfTheFullRatesRequestsThenHoldsTheRate() {
        // 1,000 requests/s (one per ms) after a 2 s ramp: 1,000 requests during the ramp, not 2,000.
        long second = 1_000_000_000L;
        OpenLoopSchedule schedule = new OpenLoopSchedule(0, 100_000, 100, 2 * second);
        assertEquals(1_000, schedule.dueBy(2 * second - 1));
        assertEquals(2 * second, schedule.dueNanos(1_000));
        assertEquals(2 * second + 1_000_000, schedule.dueNanos(1_001));
        assertEquals(2_001, schedule.dueBy(3 * second));
        // Linear rise: a quarter of the ramp's requests in its first half, the rate at its middle half the target.
        assertEquals(251, schedule.dueBy(second));
        long atMiddle = schedule.dueNanos(250);
        assertEquals(2_000_000, schedule.dueNanos(251) - atMiddle, 20_000);
    }

    @Test
    void dueTimesNeverRunBackwardsAndMatchTheDueCount() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(5_000, 277_000, 100, 10_000_000_000L);
        long previous = Long.MIN_VALUE;
        for (long i = 0; i < 60_000; i++) {
            long due = schedule.dueNanos(i);
            assertTrue(due >= previous, "request " + i);
            // A microsecond either side (due times are rounded to the nanosecond, requests are 0.36 ms apart).
            assertTrue(schedule.dueBy(due + 1_000) >= i + 1, "request " + i + " is due just after its due time");
            assertTrue(schedule.dueBy(due - 1_000) <= i, "request " + i + " is not due just before it");
            previous = due;
        }
    }

    @Test
    void withoutARampTheScheduleIsTheFixedOne() {
        OpenLoopSchedule ramped = new OpenLoopSchedule(7, 50_000, 100, 0);
        OpenLoopSchedule fixed = new OpenLoopSchedule(7, 50_000, 100);
        for (long i = 0; i < 1_000; i += 37) {
            assertEquals(fixed.dueNanos(i), ramped.dueNanos(i));
        }
    }
}
