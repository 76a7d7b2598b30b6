package io.unmogrowp.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void formatIsUtcWithExactlyThreeFractionDigits() {
        assertEquals("2026-12-03T18:00:00.000Z", Timestamps.format(Instant.parse("2026-12-03T18:00:00Z")));
        assertEquals("1970-01-01T00:00:00.001Z", Timestamps.format(Instant.ofEpochMilli(1)));
    }

    @Test
    void formatAgreesWithDateTimeFormatterAcrossTheWholeRange() {
        DateTimeFormatter reference = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
        Random random = new Random(7);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.ofEpochMilli(-1),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("2028-02-29T23:59:59.999Z"), Instant.parse("2026-12-31T23:59:59.9995Z")));
        for (int i = 0; i < 100_000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L), random.nextInt(1_000_000_000)));
        }
        for (Instant instant : instants) {
            assertEquals(reference.format(instant), Timestamps.format(instant), instant::toString);
        }
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
