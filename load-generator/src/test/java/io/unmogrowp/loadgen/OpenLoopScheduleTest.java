package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void refusesNonPositiveRates() {
        assertThrows(IllegalArgumentException.class, () -> new OpenLoopSchedule(0, 0, 100));
    }
}
