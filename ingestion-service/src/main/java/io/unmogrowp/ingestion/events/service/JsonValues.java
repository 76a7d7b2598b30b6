package io.unmogrowp.ingestion.events.service;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one JSON value from the token stream into the plain values EventValidator takes: objects
 * as {@link FieldMap}, arrays as lists, strings, booleans, null, integers as Integer, Long or
 * BigInteger by size and decimals as BigDecimal (as Jackson's untyped binding with
 * USE_BIG_DECIMAL_FOR_FLOATS does). Walking the tokens directly costs no binding context per event;
 * a repeated member name is refused as malformed JSON, like Jackson's strict duplicate detection.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** The value starting at the parser's current token; the parser is left on its last token. */
    static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonParseException(parser, "No content: the value is missing");
        }
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }

    private static FieldMap object(JsonParser parser) throws IOException {
        FieldMap object = new FieldMap();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            if (!object.add(name, read(parser))) {
                throw new JsonParseException(parser, "Duplicate field '" + name + "'");
            }
        }
        return object;
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(parser));
        }
        return array;
    }
}
