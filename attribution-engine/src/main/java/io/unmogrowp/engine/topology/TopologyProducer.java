package io.unmogrowp.engine.topology;

import io.opentelemetry.api.OpenTelemetry;
import io.unmogrowp.engine.config.EngineConfig;
import io.unmogrowp.engine.metrics.EngineMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.apache.kafka.streams.Topology;

/** Hands the attribution topology to quarkus-kafka-streams, which runs and supervises it. */
@ApplicationScoped
public class TopologyProducer {

    private final EngineConfig config;
    private final EngineMetrics metrics;
    private final OpenTelemetry openTelemetry;

    public TopologyProducer(EngineConfig config, EngineMetrics metrics, OpenTelemetry openTelemetry) {
        this.config = config;
        this.metrics = metrics;
        this.openTelemetry = openTelemetry;
    }

    /** Dependent scope on purpose: a client proxy of Topology would hide its internals from Kafka Streams. */
    @Produces
    Topology topology() {
        return AttributionTopology.build(TopologySettings.from(config), Clock.systemUTC(), metrics, openTelemetry);
    }
}
