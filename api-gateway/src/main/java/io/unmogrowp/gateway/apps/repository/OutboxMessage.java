package io.unmogrowp.gateway.apps.repository;

import java.util.Map;

/** One outbox row: a Kafka record waiting to be published. */
public record OutboxMessage(long id, String topic, String key, String payload, Map<String, String> headers) {
}
