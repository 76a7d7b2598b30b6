package io.unmogrowp.core.event;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two timestamp forms the contract accepts, and the one form it writes. */
public final class Timestamps {

    /** Latest instant accepted as epoch millis: 9999-12-31T23:59:59.999Z; anything later is garbage, not a time. */
    public static final long MAX_EPOCH_MILLIS = 253_402_300_799_999L;

    // RFC 3339 section 5.6: full-date "T" full-time, seconds required, offset required.
    private static final Pattern RFC_3339 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?([Zz]|([+-])(\\d{2}):(\\d{2}))");

    private static final DateTimeFormatter WIRE_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** RFC 3339 date-time with seconds and an offset ("Z" or "+hh:mm"); fractional seconds optional. */
    public static Optional<Instant> parseRfc3339(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RFC_3339.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                String fraction = (m.group(7) + "00000000").substring(0, 9);
                nanos = Integer.parseInt(fraction);
            }
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
            OffsetDateTime dateTime = OffsetDateTime.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    nanos, offset);
            return Optional.of(dateTime.toInstant());
        } catch (DateTimeException | NumberFormatException e) {
            // Matches the shape but not the calendar (Feb 30, hour 24, leap second 60).
            return Optional.empty();
        }
    }

    /**
     * Epoch milliseconds from a JSON number: integral, not negative, not after year 9999.
     * Integral values written with a fraction ("1700000000000.0") are accepted.
     */
    public static Optional<Instant> fromEpochMillis(Object number) {
        BigInteger millis = integralValue(number);
        if (millis == null || millis.signum() < 0 || millis.compareTo(BigInteger.valueOf(MAX_EPOCH_MILLIS)) > 0) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(millis.longValueExact()));
    }

    /** The wire form: RFC 3339 in UTC with exactly three fraction digits. */
    public static String format(Instant instant) {
        // Written by hand: every event carries two times, and DateTimeFormatter costs several times more.
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        int year = utc.getYear();
        if (year < 0 || year > 9999) {
            return WIRE_FORMAT.format(instant);
        }
        char[] text = new char[24];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, instant.getNano() / 1_000_000, 3);
        text[23] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int offset, int value, int width) {
        for (int i = offset + width - 1; i >= offset; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static BigInteger integralValue(Object number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return BigInteger.valueOf(((Number) number).longValue());
        }
        if (number instanceof BigInteger big) {
            return big;
        }
        BigDecimal decimal;
        if (number instanceof BigDecimal big) {
            decimal = big;
        } else if (number instanceof Double || number instanceof Float) {
            double value = ((Number) number).doubleValue();
            if (!Double.isFinite(value)) {
                return null;
            }
            decimal = BigDecimal.valueOf(value);
        } else {
            return null;
        }
        if (decimal.abs().compareTo(BigDecimal.valueOf(MAX_EPOCH_MILLIS).multiply(BigDecimal.TEN)) > 0) {
            return null;
        }
        try {
            return decimal.toBigIntegerExact();
        } catch (ArithmeticException notIntegral) {
            return null;
        }
    }
}
