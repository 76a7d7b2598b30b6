package io.unmogrowp.engine.topology;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** A record leaving the attribution processor, with the topic it goes to. */
public record Output(String topic, byte[] value) {

    /** Writes only the value; the topic is chosen by the sink's topic extractor. */
    static Serde<Output> serde() {
        Serializer<Output> serializer = (topic, output) -> output == null ? null : output.value();
        Deserializer<Output> deserializer = (topic, bytes) -> bytes == null ? null : new Output(topic, bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
