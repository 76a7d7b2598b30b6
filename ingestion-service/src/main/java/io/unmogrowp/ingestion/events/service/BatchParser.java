package io.unmogrowp.ingestion.events.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.unmogrowp.ingestion.errors.RequestRejected;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a request body into events: a JSON object {@code {"events":[...]}} or NDJSON (one event
 * per line). Each event keeps the exact bytes it was sent as. A JSON batch that does not parse is
 * refused whole (400); in NDJSON only the broken line is rejected. More than {@code maxEvents}
 * events is refused whole (413).
 */
public final class BatchParser {

    public static final String MALFORMED_JSON = "malformed_json";

    /** Events are read token by token ({@link JsonValues}), which also refuses duplicate member names. */
    private static final JsonFactory JSON = new JsonFactory();

    private BatchParser() {
    }

    public static List<RawEvent> parseJsonBatch(byte[] body, int maxEvents) {
        if (body.length == 0) {
            throw RequestRejected.badRequest(MALFORMED_JSON, "body", "the body is empty; send {\"events\":[...]}");
        }
        List<RawEvent> events = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw RequestRejected.badRequest("wrong_type", "body", "the body must be a JSON object {\"events\":[...]}");
            }
            boolean sawEvents = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"events".equals(name)) {
                    throw RequestRejected.badRequest("unknown_field", name,
                            "the batch object has one field, \"events\"; \"" + name + "\" is not known");
                }
                if (sawEvents) {
                    throw new JsonParseException(parser, "Duplicate field 'events'");
                }
                if (value != JsonToken.START_ARRAY) {
                    throw RequestRejected.badRequest("wrong_type", "events", "\"events\" must be an array of event objects");
                }
                sawEvents = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (events.size() == maxEvents) {
                        throw tooManyEvents(maxEvents);
                    }
                    int start = (int) parser.currentTokenLocation().getByteOffset();
                    Object tree = JsonValues.read(parser);
                    int end = (int) parser.currentLocation().getByteOffset();
                    events.add(new RawEvent(events.size(), body, start, end - start, tree, null));
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw RequestRejected.badRequest(MALFORMED_JSON, "body", "unexpected content after the batch object");
            }
            if (!sawEvents) {
                throw RequestRejected.badRequest("missing_field", "events", "the batch object needs an \"events\" array");
            }
        } catch (JsonProcessingException e) {
            throw RequestRejected.badRequest(MALFORMED_JSON, "body", "the body is not valid JSON: " + describe(e));
        } catch (IOException e) {
            throw RequestRejected.badRequest(MALFORMED_JSON, "body", "the body could not be read: " + e.getMessage());
        }
        return events;
    }

    public static List<RawEvent> parseNdjson(byte[] body, int maxEvents) {
        List<RawEvent> events = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int lineEnd = i > lineStart && body[i - 1] == '\r' ? i - 1 : i;
                int offset = lineStart;
                lineStart = i + 1;
                if (isBlank(body, offset, lineEnd)) {
                    continue;
                }
                if (events.size() == maxEvents) {
                    throw tooManyEvents(maxEvents);
                }
                events.add(parseLine(events.size(), body, offset, lineEnd - offset));
            }
        }
        if (events.isEmpty()) {
            throw RequestRejected.badRequest(MALFORMED_JSON, "body", "the body has no events; send one JSON event per line");
        }
        return events;
    }

    private static RawEvent parseLine(int index, byte[] body, int offset, int length) {
        try (JsonParser parser = JSON.createParser(body, offset, length)) {
            parser.nextToken();
            Object tree = JsonValues.read(parser);
            // A line is one whole document: anything after its value is an error.
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Trailing token (" + trailing + ") after the event");
            }
            return new RawEvent(index, body, offset, length, tree, null);
        } catch (JsonProcessingException e) {
            return new RawEvent(index, body, offset, length, null,
                    "line " + (index + 1) + " is not valid JSON: " + describe(e));
        } catch (IOException e) {
            return new RawEvent(index, body, offset, length, null, "line " + (index + 1) + " could not be read: " + e.getMessage());
        }
    }

    /** Blank as String.isBlank sees ASCII: only whitespace bytes (a multi-byte character is never blank here). */
    private static boolean isBlank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != 0x0B && b != '\f' && b != 0x1C && b != 0x1D && b != 0x1E && b != 0x1F) {
                return false;
            }
        }
        return true;
    }

    private static RequestRejected tooManyEvents(int maxEvents) {
        return RequestRejected.tooLarge("too_many_events", "events",
                "a request may carry at most " + maxEvents + " events; split the batch");
    }

    private static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return e.getOriginalMessage() + where;
    }
}
