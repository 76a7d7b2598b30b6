package io.unmogrowp.engine.topology;

import static io.unmogrowp.engine.codec.BinaryFields.readNullable;
import static io.unmogrowp.engine.codec.BinaryFields.writeNullable;

import io.unmogrowp.core.attribution.DecisionStatus;
import io.unmogrowp.engine.codec.BinaryFields;
import java.time.Instant;
import java.util.Optional;

/**
 * Binary form of a device's attribution (read for every install and in-app event, so no JSON). The first
 * byte is the format version; entries written as JSON before 2026-12-04 are still read, since devices stay
 * in the store for months.
 */
final class DeviceAttributionCodec {

    private static final byte VERSION = 1;

    private DeviceAttributionCodec() {
    }

    static byte[] encode(DeviceAttribution a) {
        return BinaryFields.encode(96, out -> {
            out.writeByte(VERSION);
            out.writeUTF(a.conversionEventId());
            out.writeLong(a.conversionTime().toEpochMilli());
            out.writeUTF(a.status().wireName());
            writeNullable(out, a.mediaSource());
            writeNullable(out, a.campaign());
            writeNullable(out, a.matchType());
            out.writeLong(a.lastActivity().toEpochMilli());
            out.writeBoolean(a.reengagement());
        });
    }

    /** Empty when unreadable: the device is then treated as unknown rather than stopping the stream. */
    static Optional<DeviceAttribution> decode(byte[] bytes) {
        return BinaryFields.decode(bytes, VERSION, DeviceAttribution::fromMap, in -> new DeviceAttribution(
                in.readUTF(), Instant.ofEpochMilli(in.readLong()), DecisionStatus.fromWire(in.readUTF()).orElseThrow(),
                readNullable(in), readNullable(in), readNullable(in), Instant.ofEpochMilli(in.readLong()),
                in.readBoolean()));
    }
}
