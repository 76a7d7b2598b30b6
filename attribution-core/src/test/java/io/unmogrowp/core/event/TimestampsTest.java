package io.unmogrowp.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void formatIsUtcWithExactlyThreeFractionDigits() {
        assertEquals("2026-12-03T18:00:00.000Z", Timestamps.format(Instant.parse("2026-12-03T18:00:00Z")));
        assertEquals("1970-01-01T00:00:00.001Z", Timestamps.format(Instant.ofEpochMilli(1)));
    }

    @Test
    void parseAcceptsLeapDayAndRejectsNonLeapDay() {
        assertEquals(Optional.of(Instant.parse("2028-02-29T00:00:00Z")), Timestamps.parseRfc3339("2028-02-29T00:00:00Z"));
        assertEquals(Optional.empty(), Timestamps.parseRfc3339("2026-02-29T00:00:00Z"));
    }

    @Test
    void epochMillisBounds() {
        assertEquals(Optional.of(Instant.EPOCH), Timestamps.fromEpochMillis(0));
        assertEquals(Optional.of(Instant.parse("9999-12-31T23:59:59.999Z")),
                Timestamps.fromEpochMillis(Timestamps.MAX_EPOCH_MILLIS));
        assertEquals(Optional.empty(), Timestamps.fromEpochMillis(Timestamps.MAX_EPOCH_MILLIS + 1));
        assertEquals(Optional.empty(), Timestamps.fromEpochMillis(-1));
        assertEquals(Optional.empty(), Timestamps.fromEpochMillis("123"));
    }
}
