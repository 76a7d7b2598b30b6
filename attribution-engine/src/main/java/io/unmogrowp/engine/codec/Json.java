package io.unmogrowp.engine.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** One shared JSON mapper for the engine's topics and state stores (thread-safe once configured). */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    /** For the streaming codecs, so they read and write values exactly as the mapper does. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses a JSON object; empty for anything that is not one (a poison record must not stop the stream). */
    public static Optional<Map<String, Object>> readMap(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readValue(bytes, MAP));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What a streaming codec writes into its generator. */
    @FunctionalInterface
    public interface Body {
        void writeTo(JsonGenerator json) throws IOException;
    }

    /** Bytes written straight through a generator: no map of the value is built first. */
    public static byte[] stream(Body body) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(512);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(bytes)) {
            body.writeTo(json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        return bytes.toByteArray();
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static String writeString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
