package io.unmogrowp.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The shape RFC 3339 section 5.6 allows, as the regular expression the hand-written scanner replaced. */
    private static final Pattern RFC_3339 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?([Zz]|([+-])(\\d{2}):(\\d{2}))");

    private static Optional<Instant> referenceParse(String text) {
        Matcher m = RFC_3339.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            ZoneOffset offset = ZoneOffset.UTC;
            if (m.group(9) != null) {
                int hours = Integer.parseInt(m.group(10));
                int minutes = Integer.parseInt(m.group(11));
                if (hours > 23 || minutes > 59) {
                    return Optional.empty();
                }
                int sign = m.group(9).equals("-") ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
            return Optional.of(OffsetDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), nanos, offset).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Test
    void parseAgreesWithTheRfc3339GrammarOnValidAndMutatedText() {
        List<String> texts = new ArrayList<>(List.of("", "2026-12-03T10:15:30Z", "2026-12-03t10:15:30z",
                "2026-12-03T10:15:30.1Z", "2026-12-03T10:15:30.123456789Z", "2026-12-03T10:15:30.1234567890Z",
                "2026-12-03T10:15:30.Z", "2026-12-03T10:15:30+05:30", "2026-12-03T10:15:30-23:59",
                "2026-12-03T10:15:30+24:00", "2026-12-03T10:15:30+05:60", "2026-12-03T10:15:30+0530",
                "2026-12-03T10:15:30", "2026-12-03 10:15:30Z", "2026-02-30T10:15:30Z", "2026-12-03T24:00:00Z",
                "2026-12-03T23:59:60Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999-18:00",
                "2026-12-03T10:15:30ZZ", "2026-12-03T10:15:30+05:30Z", "\u0662026-12-03T10:15:30Z",
                "2026-12-03T10:15:30.\u0661Z", "+2026-12-03T10:15:30Z"));
        Random random = new Random(11);
        String alphabet = "0123456789-:.TtZz+ x";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(texts.get(1 + random.nextInt(texts.size() - 1)));
            for (int edits = 1 + random.nextInt(3); edits > 0 && text.length() > 0; edits--) {
                int at = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, c);
                    case 1 -> text.insert(at, c);
                    default -> text.deleteCharAt(at);
                }
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertEquals(referenceParse(text), Timestamps.parseRfc3339(text), text);
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
