package io.unmogrowp.engine.codec;

import static io.unmogrowp.engine.codec.BinaryFields.readNullable;
import static io.unmogrowp.engine.codec.BinaryFields.writeNullable;

import io.unmogrowp.core.attribution.TouchType;
import io.unmogrowp.core.attribution.Touchpoint;
import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.DeviceId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Compact binary form of a touchpoint as kept in the touchpoint index: only what matching and explain
 * need, written and read on the hot path of every click and install, so no JSON. The first byte is a
 * format version; a future format must keep reading version 1 while old entries age out of the index.
 */
public final class TouchpointCodec {

    private static final byte VERSION = 1;

    private TouchpointCodec() {
    }

    public static byte[] encode(Touchpoint t) {
        return BinaryFields.encode(160, out -> {
            out.writeByte(VERSION);
            out.writeUTF(t.eventId());
            out.writeUTF(t.appId());
            out.writeByte(t.touchType().ordinal());
            out.writeLong(t.touchTime().toEpochMilli());
            writeNullable(out, t.clickId());
            BinaryFields.writeDeviceIds(out, t.deviceIds());
            writeNullable(out, t.fingerprint());
            writeNullable(out, t.ip());
            Campaign c = t.campaign();
            writeNullable(out, c.mediaSource());
            writeNullable(out, c.campaign());
            writeNullable(out, c.campaignId());
            writeNullable(out, c.adset());
            writeNullable(out, c.ad());
            writeNullable(out, c.siteId());
        });
    }

    public static Touchpoint decode(byte[] bytes) {
        try {
            ByteReader in = new ByteReader(bytes);
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown touchpoint format " + version);
            }
            String eventId = in.readUTF();
            String appId = in.readUTF();
            TouchType type = TouchType.values()[in.readByte()];
            Instant time = Instant.ofEpochMilli(in.readLong());
            String clickId = readNullable(in);
            List<DeviceId> deviceIds = BinaryFields.readDeviceIds(in);
            String fingerprint = readNullable(in);
            String ip = readNullable(in);
            Campaign campaign = new Campaign(readNullable(in), readNullable(in), readNullable(in), readNullable(in),
                    readNullable(in), readNullable(in));
            return new Touchpoint(eventId, appId, type, time, clickId, deviceIds, fingerprint, ip, campaign);
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt touchpoint", e);
        }
    }

}
