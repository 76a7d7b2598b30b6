package io.unmogrowp.ingestion.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether Kafka is reachable, as seen by the always-polling app-config consumer (it holds a
 * connection to the broker whenever one is up); exported as unmogrowp_dependency_up{dependency="kafka"}.
 */
@ApplicationScoped
public class KafkaStatus {

    private volatile boolean consumerConnected;

    public KafkaStatus(MeterRegistry registry) {
        Gauge.builder("unmogrowp_dependency_up", this, status -> status.isUp() ? 1 : 0)
                .description("1 when the dependency is reachable")
                .tag("dependency", "kafka")
                .register(registry);
    }

    public boolean isUp() {
        return consumerConnected;
    }

    public void setConsumerConnected(boolean connected) {
        this.consumerConnected = connected;
    }
}
