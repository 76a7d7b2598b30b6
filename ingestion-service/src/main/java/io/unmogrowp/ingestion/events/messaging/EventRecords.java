package io.unmogrowp.ingestion.events.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.Timestamps;
import io.unmogrowp.core.validation.Rejection;
import io.unmogrowp.ingestion.config.IngestionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds the records of events.raw and events.rejected in the shapes of docs/contracts.md. */
@ApplicationScoped
public class EventRecords {

    /** The dead-letter key when the sender could not be tied to an app. */
    public static final String UNKNOWN_APP = "unknown";

    private final String eventsTopic;
    private final String rejectedTopic;

    public EventRecords(IngestionConfig config) {
        this.eventsTopic = config.kafka().eventsTopic();
        this.rejectedTopic = config.kafka().rejectedTopic();
    }

    /** Keyed by app and strongest device id (else ip, else the event id) so one device's events stay in order. */
    public ProducerRecord<String, byte[]> accepted(Event event) {
        return new ProducerRecord<>(eventsTopic, partitionKey(event), EventJson.write(event));
    }

    public static String partitionKey(Event event) {
        String device = event.device().strongestId()
                .orElseGet(() -> event.device().ip() != null ? event.device().ip() : event.eventId());
        return event.appId() + ":" + device;
    }

    /**
     * A dead-letter record: {@code index} is the event's position in the request, null when the
     * whole request was refused; {@code payload} the text as sent.
     */
    public ProducerRecord<String, byte[]> rejected(String appId, Instant receivedAt, Rejection rejection,
            Integer index, String payload) {
        String app = appId == null ? UNKNOWN_APP : appId;
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("app_id", app);
        value.put("received_at", Timestamps.format(receivedAt));
        value.put("reason", rejection.reason());
        value.put("field", rejection.field());
        value.put("message", rejection.message());
        value.put("index", index);
        value.put("payload", payload);
        return new ProducerRecord<>(rejectedTopic, app, json(value));
    }

    private static byte[] json(Map<String, Object> value) {
        try {
            return EventJson.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event maps hold only JSON values", e);
        }
    }
}
