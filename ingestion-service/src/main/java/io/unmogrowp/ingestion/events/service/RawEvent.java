package io.unmogrowp.ingestion.events.service;

/**
 * One event as received: its position in the request, the exact text the sender wrote (for the
 * dead letter), and its parsed JSON tree, or why the text did not parse (NDJSON lines only).
 */
public record RawEvent(int index, String text, Object tree, String parseError) {

    public boolean parsed() {
        return parseError == null;
    }

    /** The event_id if the sender gave a string one, for echoing in the answer. */
    public String eventIdIfPresent() {
        if (tree instanceof java.util.Map<?, ?> map && map.get("event_id") instanceof String id) {
            return id;
        }
        return null;
    }
}
