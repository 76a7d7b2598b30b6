package io.unmogrowp.engine.topology;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.ImageMode;
import io.unmogrowp.engine.config.EngineConfig;
import io.unmogrowp.engine.metrics.EngineMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import net.jpountz.lz4.LZ4Factory;
import org.apache.kafka.streams.Topology;
import org.jboss.logging.Logger;

/** Hands the attribution topology to quarkus-kafka-streams, which runs and supervises it. */
@ApplicationScoped
public class TopologyProducer {

    private static final Logger LOG = Logger.getLogger(TopologyProducer.class);

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
        preferNativeLz4();
        return AttributionTopology.build(TopologySettings.from(config), Clock.systemUTC(), metrics, openTelemetry);
    }

    /**
     * Kafka compresses changelogs and outputs with LZ4Factory.fastestInstance(), which picks lz4-java's JNI
     * codec only once it is loaded or when lz4-java is on the system class loader: under Quarkus' class
     * loader it falls back to the Java codec (in ingestion, a seventh of the CPU). Loading it first fixes
     * that; a native image keeps the Java codec.
     */
    private static void preferNativeLz4() {
        if (ImageMode.current().isNativeImage()) {
            return;
        }
        try {
            LZ4Factory.nativeInstance();
        } catch (LinkageError | RuntimeException unavailable) {
            LOG.infof("lz4: no native codec here (%s); compressing with the Java codec", unavailable.toString());
        }
    }
}
