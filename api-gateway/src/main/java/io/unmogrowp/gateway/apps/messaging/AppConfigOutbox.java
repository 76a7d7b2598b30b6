package io.unmogrowp.gateway.apps.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.unmogrowp.gateway.apps.repository.AppRecord;
import io.unmogrowp.gateway.apps.repository.IngestKeyRecord;
import io.unmogrowp.gateway.apps.repository.OutboxRepository;
import io.unmogrowp.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Queues the full app-config record of a changed app in the outbox. It must join the caller's
 * transaction, so the record is published if and only if the change commits.
 */
@ApplicationScoped
public class AppConfigOutbox {

    private final OutboxRepository outbox;
    private final ObjectMapper objectMapper;
    private final OpenTelemetry openTelemetry;
    private final String topic;

    public AppConfigOutbox(OutboxRepository outbox, ObjectMapper objectMapper, OpenTelemetry openTelemetry,
                           GatewayConfig config) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.openTelemetry = openTelemetry;
        this.topic = config.kafka().appConfigTopic();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(AppRecord app, List<IngestKeyRecord> activeKeys) {
        List<AppConfigRecord.PublishedKey> keys = activeKeys.stream()
                .map(key -> new AppConfigRecord.PublishedKey(key.keyId(), key.sha256(), key.createdAt()))
                .toList();
        AppConfigRecord record = new AppConfigRecord(app.appId(), app.name(), app.platform(), app.storeUrl(),
                app.version(), app.updatedAt(), keys, app.settings());
        outbox.insert(topic, app.appId(), toJson(record), traceHeaders());
    }

    /** The W3C trace context of the request that made the change, carried to the Kafka record. */
    private Map<String, String> traceHeaders() {
        Map<String, String> headers = new HashMap<>();
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), headers, Map::put);
        return headers;
    }

    private String toJson(AppConfigRecord record) {
        try {
            return objectMapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("app-config records are always serialisable", e);
        }
    }
}
