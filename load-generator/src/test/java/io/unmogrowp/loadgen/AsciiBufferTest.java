package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The generator's hand-written encodings say exactly what the JDK's would. */
class AsciiBufferTest {

    private final Random random = new Random(11);

    @Test
    void hexAndIntegersAsTheJdkWritesThem() {
        for (long value : new long[] {0, 1, 15, 16, -1, Long.MIN_VALUE, Long.MAX_VALUE, random.nextLong()}) {
            assertEquals(Long.toHexString(value), new AsciiBuffer(4).appendHex(value).toString());
            assertEquals(Long.toString(value == Long.MIN_VALUE ? 0 : value),
                    new AsciiBuffer(4).appendInt(value == Long.MIN_VALUE ? 0 : value).toString());
        }
    }

    @Test
    void uuidsAsUuidToString() {
        for (int i = 0; i < 1000; i++) {
            UUID uuid = new UUID(random.nextLong(), random.nextLong());
            assertEquals(uuid.toString(), new AsciiBuffer(8).appendUuid(uuid.getMostSignificantBits(),
                    uuid.getLeastSignificantBits()).toString());
        }
    }

    @Test
    void timestampsAreRfc3339WithMillisecondsAcrossSecondsSharingACacheSlot() {
        AsciiBuffer buffer = new AsciiBuffer(8);
        long base = Instant.parse("2026-12-03T18:00:00Z").toEpochMilli();
        for (long offset : new long[] {0, 7, 999, 1000, 16_000, 16_001, 86_400_000L * 40 + 123}) {
            buffer.clear();
            Instant instant = Instant.ofEpochMilli(base + offset);
            assertEquals(instant, Instant.parse(buffer.appendTimestamp(base + offset).toString()));
            assertEquals(24, buffer.size(), "always three fraction digits: " + buffer);
        }
    }

    @Test
    void centsWithTwoPlaces() {
        assertEquals("0.99", new AsciiBuffer(4).appendCents(99).toString());
        assertEquals("10.05", new AsciiBuffer(4).appendCents(1005).toString());
        assertEquals("20.98", new AsciiBuffer(4).appendCents(2098).toString());
    }
}
