package io.unmogrowp.engine.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of the attribution engine (prefix {@code engine}). */
@ConfigMapping(prefix = "engine")
public interface EngineConfig {

    Topics topics();

    Retention retention();

    ClickHouse clickhouse();

    /** Partitions of the internal topic that re-keys events by app; sets the engine's parallelism. */
    @WithDefault("6")
    int partitions();

    interface Topics {
        @WithDefault("events.raw")
        String raw();

        @WithDefault("app-config")
        String appConfig();

        @WithDefault("attributions")
        String attributions();

        @WithDefault("events.attributed")
        String attributed();
    }

    interface Retention {
        /** How long an event id is remembered to drop duplicates. */
        @WithDefault("P7D")
        Duration dedup();

        /** How long touchpoints stay indexed; must cover the longest lookback an app may configure. */
        @WithDefault("P31D")
        Duration touchpoints();

        /** How long after a conversion a late touchpoint may still correct its decision. */
        @WithDefault("PT2H")
        Duration lateTouchpointGrace();

        /** How long a device's attribution is kept for in-app events, reinstalls and re-engagement. */
        @WithDefault("P180D")
        Duration deviceAttribution();
    }

    interface ClickHouse {
        @WithDefault("true")
        boolean enabled();

        Optional<String> url();

        @WithDefault("unmogrowp")
        String database();

        @WithDefault("default")
        String user();

        Optional<String> password();

        /** A batch is written when it holds this many rows ... */
        @WithDefault("5000")
        int batchRows();

        /** ... or when it is this old, whichever comes first. */
        @WithDefault("PT1S")
        Duration flushInterval();

        @WithDefault("clickhouse-sink")
        String consumerGroup();

        /** Where a new sink group starts: earliest copies everything kept on the topics. */
        @WithDefault("earliest")
        String autoOffsetReset();

        /** Daily aggregates of the last two days are recomputed this often. */
        @WithDefault("PT1M")
        Duration aggregateInterval();
    }
}
