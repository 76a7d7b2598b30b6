package io.unmogrowp.engine.codec;

import io.unmogrowp.core.event.DeviceId;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Field writers and readers shared by the binary state codecs. */
public final class BinaryFields {

    /** The first byte of a JSON object: entries written before a store went binary start with it. */
    public static final byte JSON_OBJECT = '{';

    private BinaryFields() {
    }

    /** What writes one record's fields. */
    @FunctionalInterface
    public interface FieldWriter {
        void write(DataOutput out) throws IOException;
    }

    /** The bytes the writer produces (in memory: an IOException cannot happen, and is rethrown unchecked). */
    public static byte[] encode(int sizeHint, FieldWriter writer) {
        ByteWriter out = new ByteWriter(sizeHint);
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What reads one record's fields, after its version byte. */
    @FunctionalInterface
    public interface FieldReader<T> {
        T read(ByteReader in) throws IOException;
    }

    /**
     * A record of this format version, or one a store wrote as JSON before it went binary (read by
     * {@code fromJson}). Empty for another version or for bytes that cannot be read.
     */
    public static <T> Optional<T> decode(byte[] bytes, byte version, Function<Map<String, Object>, T> fromJson,
            FieldReader<T> reader) {
        if (bytes.length > 0 && bytes[0] == JSON_OBJECT) {
            return Json.readMap(bytes).map(fromJson);
        }
        try {
            ByteReader in = new ByteReader(bytes);
            return in.readByte() == version ? Optional.of(reader.read(in)) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public static void writeNullable(DataOutput out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    public static String readNullable(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    public static void writeNullable(DataOutput out, Instant value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value.toEpochMilli());
        }
    }

    public static Instant readNullableInstant(DataInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochMilli(in.readLong()) : null;
    }

    public static void writeDeviceIds(DataOutput out, List<DeviceId> ids) throws IOException {
        out.writeByte(ids.size());
        for (DeviceId id : ids) {
            out.writeUTF(id.kind());
            out.writeUTF(id.value());
        }
    }

    public static List<DeviceId> readDeviceIds(DataInput in) throws IOException {
        int count = in.readUnsignedByte();
        List<DeviceId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(new DeviceId(in.readUTF(), in.readUTF()));
        }
        return ids;
    }
}
