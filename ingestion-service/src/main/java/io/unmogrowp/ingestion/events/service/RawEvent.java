package io.unmogrowp.ingestion.events.service;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One event as received: its position in the request, where its exact bytes sit in the request
 * body (for the dead letter), and its parsed JSON tree, or why the text did not parse (NDJSON lines
 * only). The text is only decoded when asked for: accepted events never need it.
 */
public record RawEvent(int index, byte[] body, int offset, int length, Object tree, String parseError) {

    public boolean parsed() {
        return parseError == null;
    }

    /** The event exactly as the sender wrote it. */
    public String text() {
        return new String(body, offset, length, StandardCharsets.UTF_8);
    }

    /** The event_id if the sender gave a string one, for echoing in the answer. */
    public String eventIdIfPresent() {
        if (tree instanceof Map<?, ?> map && map.get("event_id") instanceof String id) {
            return id;
        }
        return null;
    }
}
