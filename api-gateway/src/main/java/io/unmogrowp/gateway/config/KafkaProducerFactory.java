package io.unmogrowp.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Map;

/** Kafka clients of the gateway: the idempotent app-config producer and an admin client for readiness. */
@ApplicationScoped
public class KafkaProducerFactory {

    private final GatewayConfig config;

    public KafkaProducerFactory(GatewayConfig config) {
        this.config = config;
    }

    @Produces
    @ApplicationScoped
    Producer<String, String> appConfigProducer() {
        int sendTimeoutMillis = (int) config.kafka().sendTimeout().toMillis();
        Map<String, Object> properties = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka().bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "api-gateway-outbox",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                // Bounded so a down broker fails a relay round instead of holding its database transaction open.
                ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeoutMillis,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, sendTimeoutMillis / 2),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, sendTimeoutMillis);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    @Produces
    @ApplicationScoped
    Admin kafkaAdmin() {
        int timeoutMillis = (int) config.dependencies().probeTimeout().toMillis();
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka().bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "api-gateway-health",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis));
    }

    void closeProducer(@Disposes Producer<String, String> producer) {
        producer.close(Duration.ofSeconds(5));
    }

    void closeAdmin(@Disposes Admin admin) {
        admin.close(Duration.ofSeconds(2));
    }
}
