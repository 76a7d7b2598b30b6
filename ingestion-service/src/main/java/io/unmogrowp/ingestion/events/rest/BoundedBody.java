package io.unmogrowp.ingestion.events.rest;

import io.vertx.core.buffer.Buffer;
import java.util.Arrays;

/**
 * A request body collected as it arrives, never more than the limit in memory. A body declared
 * (Content-Length) or counted (chunked, which announces no size) above the limit is known to be
 * refused: from then on only the first {@code prefixBytes} are kept, for the dead letter.
 */
final class BoundedBody {

    private final int limit;
    private final int prefixBytes;
    private final long declaredLength;
    private byte[] held;
    private int heldLength;
    private long received;

    /** @param declaredLength the Content-Length, or -1 when the sender did not declare one */
    BoundedBody(int limit, long declaredLength, int prefixBytes) {
        this.limit = limit;
        this.prefixBytes = prefixBytes;
        this.declaredLength = declaredLength;
        // Sized by the declaration when it fits: the usual body is then copied once, straight into its final array.
        int initial = declaredLength > limit ? Math.min(limit, prefixBytes)
                : declaredLength >= 0 ? (int) declaredLength : Math.min(limit, 16 * 1024);
        this.held = new byte[initial];
    }

    /** Takes the next chunk; true once the body is too large and enough of it is held to refuse it now. */
    boolean add(Buffer chunk) {
        received += chunk.length();
        int keep = declaredLength > limit ? Math.min(limit, prefixBytes) : limit;
        int take = (int) Math.min(chunk.length(), (long) keep - heldLength);
        if (take > 0) {
            if (heldLength + take > held.length) {
                held = Arrays.copyOf(held, (int) Math.min(keep, Math.max((long) held.length * 2, heldLength + take)));
            }
            chunk.getBytes(0, take, held, heldLength);
            heldLength += take;
        }
        return tooLarge() && (received > limit || heldLength >= keep);
    }

    boolean tooLarge() {
        return declaredLength > limit || received > limit;
    }

    /** The whole body (when not too large) or its held beginning. */
    byte[] bytes() {
        return heldLength == held.length ? held : Arrays.copyOf(held, heldLength);
    }

    /** The size for the refusal's message: declared, counted when complete, else only that it passed the limit. */
    String sizeText(boolean complete) {
        if (declaredLength > limit) {
            return String.valueOf(declaredLength);
        }
        return complete ? String.valueOf(received) : "more than " + limit;
    }
}
