package io.unmogrowp.engine.codec;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@link DataInput} over a byte array, reading what {@link java.io.DataOutputStream} writes. A
 * {@code DataInputStream} over a {@code ByteArrayInputStream} takes a lock for every field it reads,
 * and the state codecs read a dozen fields of every touchpoint an install looks at.
 */
public final class ByteReader implements DataInput {

    private final byte[] bytes;
    private int position;

    public ByteReader(byte[] bytes) {
        this.bytes = bytes;
    }

    private int take(int count) throws EOFException {
        if (count < 0 || bytes.length - position < count) {
            throw new EOFException("record ends at byte " + bytes.length + ", wanted " + count + " more at " + position);
        }
        int at = position;
        position += count;
        return at;
    }

    @Override
    public void readFully(byte[] into) throws IOException {
        readFully(into, 0, into.length);
    }

    @Override
    public void readFully(byte[] into, int offset, int length) throws IOException {
        System.arraycopy(bytes, take(length), into, offset, length);
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, bytes.length - position));
        position += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return bytes[take(1)] != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return bytes[take(1)];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return bytes[take(1)] & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        int at = take(2);
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws IOException {
        int at = take(4);
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
    }

    @Override
    public long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Not a format the codecs write; read as ISO-8859-1 up to the next line feed, as DataInputStream does. */
    @Override
    public String readLine() {
        int start = position;
        while (position < bytes.length && bytes[position] != '\n') {
            position++;
        }
        String line = new String(bytes, start, position - start, StandardCharsets.ISO_8859_1);
        position = Math.min(bytes.length, position + 1);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    @Override
    public String readUTF() throws IOException {
        int length = readUnsignedShort();
        int at = take(length);
        // Modified UTF-8 of plain ASCII is the ASCII itself: the common case, decoded without the general path.
        for (int i = at; i < at + length; i++) {
            if (bytes[i] <= 0) {
                position = at - 2;
                return DataInputStream.readUTF(this);
            }
        }
        return new String(bytes, at, length, StandardCharsets.ISO_8859_1);
    }
}
