package io.unmogrowp.gateway.apps.messaging;

import io.unmogrowp.gateway.apps.repository.OutboxMessage;
import io.unmogrowp.gateway.apps.repository.OutboxRepository;
import io.unmogrowp.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes one batch of outbox rows to Kafka and marks them published in the same transaction
 * that locked them. A row whose send failed stays unpublished and is retried next round
 * (at-least-once; consumers keep the highest version).
 */
@ApplicationScoped
public class OutboxBatchPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxBatchPublisher.class);

    private final OutboxRepository outbox;
    private final Producer<String, String> producer;
    private final GatewayConfig config;

    public OutboxBatchPublisher(OutboxRepository outbox, Producer<String, String> producer, GatewayConfig config) {
        this.outbox = outbox;
        this.producer = producer;
        this.config = config;
    }

    /** Returns how many rows were published. */
    @Transactional
    public int publishBatch() {
        List<OutboxMessage> batch = outbox.lockUnpublished(config.outbox().batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Long> acknowledged = publish(batch);
        outbox.markPublished(acknowledged);
        return acknowledged.size();
    }

    /** Sends the batch, waits for the acknowledgements and returns the ids Kafka acknowledged. */
    private List<Long> publish(List<OutboxMessage> batch) {
        Map<Long, Future<RecordMetadata>> sends = new LinkedHashMap<>();
        for (OutboxMessage message : batch) {
            try {
                sends.put(message.id(), producer.send(toRecord(message)));
            } catch (RuntimeException e) {
                LOG.warnf("outbox row %d not sent, retrying next round: %s", message.id(), e.getMessage());
            }
        }
        long deadline = System.nanoTime() + config.kafka().sendTimeout().toNanos();
        List<Long> acknowledged = new ArrayList<>();
        for (Map.Entry<Long, Future<RecordMetadata>> send : sends.entrySet()) {
            try {
                send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(send.getKey());
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("outbox row %d not acknowledged, retrying next round: %s", send.getKey(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private static ProducerRecord<String, String> toRecord(OutboxMessage message) {
        ProducerRecord<String, String> record = new ProducerRecord<>(message.topic(), message.key(), message.payload());
        message.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
