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

/** The two timestamp forms the contract accepts, and the one form it writes. */
public final class Timestamps {

    /** Latest instant accepted as epoch millis: 9999-12-31T23:59:59.999Z; anything later is garbage, not a time. */
    public static final long MAX_EPOCH_MILLIS = 253_402_300_799_999L;

    private static final DateTimeFormatter WIRE_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /**
     * RFC 3339 date-time with seconds and an offset ("Z" or "+hh:mm"); fractional seconds optional:
     * {@code yyyy-MM-dd(T|t)HH:mm:ss[.f{1,9}](Z|z|(+|-)hh:mm)}, ASCII digits only. Scanned by hand
     * rather than by a regular expression: every event carries one, and the regex cost a third of validation.
     */
    public static Optional<Instant> parseRfc3339(String text) {
        if (text == null || text.length() < 20) {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        char t = text.charAt(10);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || text.charAt(4) != '-'
                || text.charAt(7) != '-' || (t != 'T' && t != 't') || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return Optional.empty();
        }
        int position = 19;
        int nanos = 0;
        if (text.charAt(position) == '.') {
            int fractionStart = ++position;
            while (position < text.length() && position - fractionStart < 9 && isDigit(text.charAt(position))) {
                nanos = nanos * 10 + (text.charAt(position) - '0');
                position++;
            }
            int fractionDigits = position - fractionStart;
            if (fractionDigits == 0) {
                return Optional.empty();
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        try {
            ZoneOffset offset = offset(text, position);
            if (offset == null) {
                return Optional.empty();
            }
            return Optional.of(OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset).toInstant());
        } catch (DateTimeException e) {
            // Matches the shape but not the calendar (Feb 30, hour 24, leap second 60) or an offset beyond ±18:00.
            return Optional.empty();
        }
    }

    /** The offset that ends the text at {@code position}, or null when the rest is not exactly one offset. */
    private static ZoneOffset offset(String text, int position) {
        int remaining = text.length() - position;
        if (remaining == 1) {
            char z = text.charAt(position);
            return z == 'Z' || z == 'z' ? ZoneOffset.UTC : null;
        }
        char sign = remaining == 6 ? text.charAt(position) : 0;
        if ((sign != '+' && sign != '-') || text.charAt(position + 3) != ':') {
            return null;
        }
        int hours = digits(text, position + 1, 2);
        int minutes = digits(text, position + 4, 2);
        if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59) {
            return null;
        }
        int direction = sign == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(direction * hours, direction * minutes);
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 if any is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
