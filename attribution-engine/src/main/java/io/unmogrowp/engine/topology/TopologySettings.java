package io.unmogrowp.engine.topology;

import io.unmogrowp.engine.config.EngineConfig;
import java.time.Duration;

/** The part of the engine configuration the topology needs; a plain record so tests build it directly. */
public record TopologySettings(
        String rawTopic,
        String appConfigTopic,
        String attributionsTopic,
        String attributedTopic,
        int partitions,
        Duration dedupWindow,
        Duration touchpointRetention,
        Duration lateTouchpointGrace,
        Duration deviceAttribution) {

    public static TopologySettings from(EngineConfig config) {
        return new TopologySettings(config.topics().raw(), config.topics().appConfig(),
                config.topics().attributions(), config.topics().attributed(), config.partitions(),
                config.retention().dedup(), config.retention().touchpoints(),
                config.retention().lateTouchpointGrace(), config.retention().deviceAttribution());
    }

    public static TopologySettings defaults() {
        return new TopologySettings("events.raw", "app-config", "attributions", "events.attributed", 6,
                Duration.ofDays(7), Duration.ofDays(31), Duration.ofHours(2), Duration.ofDays(180));
    }
}
