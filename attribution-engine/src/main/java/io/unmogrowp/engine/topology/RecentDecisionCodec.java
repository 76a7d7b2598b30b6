package io.unmogrowp.engine.topology;

import static io.unmogrowp.engine.codec.BinaryFields.readDeviceIds;
import static io.unmogrowp.engine.codec.BinaryFields.readNullable;
import static io.unmogrowp.engine.codec.BinaryFields.readNullableInstant;
import static io.unmogrowp.engine.codec.BinaryFields.writeDeviceIds;
import static io.unmogrowp.engine.codec.BinaryFields.writeNullable;

import io.unmogrowp.core.attribution.Conversion;
import io.unmogrowp.core.attribution.DecisionStatus;
import io.unmogrowp.core.attribution.PriorAttribution;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.engine.codec.BinaryFields;
import io.unmogrowp.engine.codec.ConversionCodec;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Binary form of a remembered decision (written for every install, so no JSON). The first byte is the
 * format version; entries written as JSON before 2026-12-04 are still read.
 */
final class RecentDecisionCodec {

    private static final byte VERSION = 1;

    private RecentDecisionCodec() {
    }

    static byte[] encode(RecentDecisions.Entry e) {
        return BinaryFields.encode(192, out -> {
            out.writeByte(VERSION);
            Conversion c = e.conversion();
            out.writeUTF(c.eventId());
            out.writeUTF(c.appId());
            out.writeUTF(c.type().wireName());
            out.writeLong(c.conversionTime().toEpochMilli());
            writeNullable(out, c.clickId());
            writeDeviceIds(out, c.deviceIds());
            writeNullable(out, c.fingerprint());
            writeNullable(out, c.ip());
            writeNullable(out, c.installBeganAt());
            PriorAttribution p = e.prior();
            out.writeBoolean(p != null);
            if (p != null) {
                out.writeUTF(p.conversionEventId());
                out.writeLong(p.conversionTime().toEpochMilli());
                out.writeUTF(p.status().wireName());
                writeNullable(out, p.mediaSource());
                writeNullable(out, p.lastActivity());
            }
            out.writeInt(e.version());
            out.writeUTF(e.outcome());
            out.writeLong(e.arrivedAt());
        });
    }

    /** Empty when the bytes are unreadable: an entry that cannot be read cannot be corrected either. */
    static Optional<RecentDecisions.Entry> decode(byte[] bytes) {
        return BinaryFields.decode(bytes, VERSION, RecentDecisionCodec::fromJson, in -> {
            Conversion c = new Conversion(in.readUTF(), in.readUTF(), EventType.fromWire(in.readUTF()).orElseThrow(),
                    Instant.ofEpochMilli(in.readLong()), readNullable(in), readDeviceIds(in), readNullable(in),
                    readNullable(in), readNullableInstant(in));
            PriorAttribution prior = in.readBoolean()
                    ? new PriorAttribution(in.readUTF(), Instant.ofEpochMilli(in.readLong()),
                            DecisionStatus.fromWire(in.readUTF()).orElseThrow(), readNullable(in), readNullableInstant(in))
                    : null;
            return new RecentDecisions.Entry(c, prior, in.readInt(), in.readUTF(), in.readLong());
        });
    }

    @SuppressWarnings("unchecked")
    private static RecentDecisions.Entry fromJson(Map<String, Object> m) {
        Map<String, Object> prior = (Map<String, Object>) m.get("prior");
        return new RecentDecisions.Entry(
                ConversionCodec.fromMap((Map<String, Object>) m.get("conversion")),
                prior == null ? null : PriorCodec.fromMap(prior),
                ((Number) m.get("version")).intValue(),
                (String) m.get("outcome"),
                ((Number) m.get("arrived_at")).longValue());
    }
}
