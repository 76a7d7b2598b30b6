package io.unmogrowp.ingestion.kafka;

/** Kafka did not acknowledge every record of a request within the deadline. */
public class KafkaUnavailable extends Exception {

    public KafkaUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
