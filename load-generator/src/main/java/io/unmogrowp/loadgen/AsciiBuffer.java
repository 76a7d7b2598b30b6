package io.unmogrowp.loadgen;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * A growable byte buffer for ASCII JSON. The generator shares the CPUs with the service it
 * measures, so it writes event bytes directly: no String per field, no Formatter, no UTF-8
 * encoding pass, timestamps from a per-second cache instead of Instant.toString.
 */
final class AsciiBuffer {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int SECONDS_CACHED = 16;

    private byte[] bytes;
    private int size;
    /** "yyyy-MM-ddTHH:mm:ss" of recently written seconds, by epoch second modulo SECONDS_CACHED. */
    private final long[] cachedSecond = new long[SECONDS_CACHED];
    private final byte[][] cachedPrefix = new byte[SECONDS_CACHED][];

    AsciiBuffer(int capacity) {
        bytes = new byte[capacity];
        Arrays.fill(cachedSecond, Long.MIN_VALUE);
    }

    AsciiBuffer append(String ascii) {
        int length = ascii.length();
        ensure(length);
        ascii.getBytes(0, length, bytes, size); // deprecated but exact for ASCII, and copies without encoding
        size += length;
        return this;
    }

    AsciiBuffer append(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** As Long.toHexString: unsigned, no leading zeros. */
    AsciiBuffer appendHex(long value) {
        int digits = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 3) / 4);
        ensure(digits);
        for (int i = digits - 1; i >= 0; i--) {
            bytes[size++] = HEX[(int) (value >>> (i * 4)) & 0xf];
        }
        return this;
    }

    AsciiBuffer appendInt(long value) {
        if (value < 0) {
            append('-');
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    /** As UUID.toString: 8-4-4-4-12 lower-case hex digits. */
    AsciiBuffer appendUuid(long most, long least) {
        ensure(36);
        hexDigits(most >>> 32, 8).append('-').hexDigits(most >>> 16, 4).append('-').hexDigits(most, 4).append('-');
        return hexDigits(least >>> 48, 4).append('-').hexDigits(least, 12);
    }

    /** RFC 3339 UTC with milliseconds, e.g. 2026-12-03T18:00:00.123Z. */
    AsciiBuffer appendTimestamp(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        int slot = (int) Math.floorMod(second, SECONDS_CACHED);
        if (cachedSecond[slot] != second) {
            // Instant.toString of a whole second is exactly yyyy-MM-ddTHH:mm:ssZ for the years the generator uses.
            String text = Instant.ofEpochSecond(second).toString();
            cachedPrefix[slot] = text.substring(0, text.length() - 1).getBytes(StandardCharsets.US_ASCII);
            cachedSecond[slot] = second;
        }
        byte[] prefix = cachedPrefix[slot];
        ensure(prefix.length + 5);
        System.arraycopy(prefix, 0, bytes, size, prefix.length);
        size += prefix.length;
        int millis = (int) Math.floorMod(epochMillis, 1000);
        bytes[size++] = '.';
        bytes[size++] = (byte) ('0' + millis / 100);
        bytes[size++] = (byte) ('0' + millis / 10 % 10);
        bytes[size++] = (byte) ('0' + millis % 10);
        bytes[size++] = 'Z';
        return this;
    }

    /** An amount of cents as a decimal with two places, e.g. 1099 as 10.99. */
    AsciiBuffer appendCents(int cents) {
        appendInt(cents / 100).append('.');
        int rest = cents % 100;
        return append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** The content copied into a reused buffer, which then holds exactly it. */
    ByteBuf copyInto(ByteBuf target) {
        return target.clear().writeBytes(bytes, 0, size);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.US_ASCII);
    }

    private AsciiBuffer hexDigits(long value, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            bytes[size++] = HEX[(int) (value >>> (i * 4)) & 0xf];
        }
        return this;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
