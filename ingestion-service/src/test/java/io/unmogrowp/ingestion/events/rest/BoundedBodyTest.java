package io.unmogrowp.ingestion.events.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    private static Buffer bytes(int length, char fill) {
        byte[] data = new byte[length];
        Arrays.fill(data, (byte) fill);
        return Buffer.buffer(data);
    }

    @Test
    void bodyWithinTheLimitIsHeldWhole() {
        BoundedBody body = new BoundedBody(10, -1, 4);
        assertFalse(body.add(Buffer.buffer("hello")));
        assertFalse(body.add(Buffer.buffer("world")));
        assertFalse(body.tooLarge());
        assertArrayEquals("helloworld".getBytes(), body.bytes());
    }

    @Test
    void declaredBodyIsCollectedIntoOneArrayOfItsSize() {
        BoundedBody body = new BoundedBody(10, 6, 4);
        body.add(Buffer.buffer("abc"));
        body.add(Buffer.buffer("def"));
        assertArrayEquals("abcdef".getBytes(), body.bytes());
        assertTrue(body.bytes() == body.bytes(), "a full array is handed over without a copy");
    }

    @Test
    void chunkedBodyIsRefusedAtTheChunkThatPassesTheLimitAndHoldsNoMore() {
        BoundedBody body = new BoundedBody(10, -1, 4);
        assertFalse(body.add(bytes(10, 'a')), "exactly the limit is not too large");
        assertTrue(body.add(bytes(1, 'b')), "one byte more is");
        assertTrue(body.tooLarge());
        assertEquals(10, body.bytes().length);
        assertEquals("more than 10", body.sizeText(false));
    }

    @Test
    void declaredTooLargeBodyIsRefusedOnceItsPrefixIsHeld() {
        BoundedBody body = new BoundedBody(10, 1_000_000, 4);
        assertTrue(body.tooLarge(), "known from the declaration alone");
        assertFalse(body.add(bytes(3, 'a')), "waits for the dead letter's prefix");
        assertTrue(body.add(bytes(5, 'b')));
        assertArrayEquals("aaab".getBytes(), body.bytes());
        assertEquals("1000000", body.sizeText(false));
    }

    @Test
    void completeSizeIsReportedWhenKnown() {
        BoundedBody body = new BoundedBody(10, -1, 4);
        body.add(bytes(25, 'a'));
        assertEquals("25", body.sizeText(true));
    }
}
