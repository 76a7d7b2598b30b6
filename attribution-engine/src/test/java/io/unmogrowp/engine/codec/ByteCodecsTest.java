package io.unmogrowp.engine.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ByteWriter and ByteReader must stay interchangeable with the JDK's data streams: stored state depends on it. */
class ByteCodecsTest {

    private static final String[] SAMPLES = {"", "plain ascii", "nul\u0000inside", "caf\u00e9", "\u20ac price",
        "emoji \ud83d\ude00", "lone surrogate \ud800", "\u07ff\u0800\uffff", "x".repeat(300)};

    /** The same fields, written to either implementation. */
    private interface Fields {
        void writeTo(DataOutput out) throws IOException;
    }

    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> (char) random.nextInt(0x80);
                case 1 -> (char) (0x80 + random.nextInt(0x780));
                case 2 -> (char) random.nextInt(0x10000);
                default -> (char) ('a' + random.nextInt(26));
            });
        }
        return text.toString();
    }

    @Test
    void writesTheBytesDataOutputStreamWritesAndReadsThemBack() throws IOException {
        Random random = new Random(3);
        for (int n = 0; n < 3_000; n++) {
            String text = n < SAMPLES.length ? SAMPLES[n] : randomString(random);
            long number = random.nextLong();
            int index = n;
            Fields fields = out -> {
                out.writeUTF(text);
                out.writeLong(number);
                out.writeBoolean(index % 2 == 0);
                out.writeByte(index);
                out.writeInt((int) number);
                out.writeShort(index);
            };
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (DataOutputStream jdk = new DataOutputStream(expected)) {
                fields.writeTo(jdk);
            }
            ByteWriter ours = new ByteWriter(1);
            fields.writeTo(ours);
            assertArrayEquals(expected.toByteArray(), ours.toByteArray(), text);

            ByteReader in = new ByteReader(expected.toByteArray());
            DataInputStream jdkIn = new DataInputStream(new ByteArrayInputStream(expected.toByteArray()));
            assertEquals(jdkIn.readUTF(), in.readUTF());
            assertEquals(number, in.readLong());
            assertEquals(n % 2 == 0, in.readBoolean());
            assertEquals((byte) n, in.readByte());
            assertEquals((int) number, in.readInt());
            assertEquals((short) n, in.readShort());
        }
    }

    @Test
    void truncatedAndMalformedInputFailsLikeTheJdkStream() {
        byte[] truncated = {0, 5, 'a', 'b'};
        assertThrows(EOFException.class, () -> new ByteReader(truncated).readUTF());
        assertThrows(EOFException.class, () -> new ByteReader(new byte[] {1, 2, 3}).readLong());
        byte[] badUtf = {0, 2, (byte) 0xC0, 'a'};
        assertThrows(UTFDataFormatException.class, () -> new ByteReader(badUtf).readUTF());
        assertThrows(UTFDataFormatException.class, () -> new ByteWriter(8).writeUTF("\u20ac".repeat(30_000)));
    }
}
