package io.unmogrowp.ingestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Everything the ingestion service can be tuned with; prod values come from the environment. */
@ConfigMapping(prefix = "ingestion")
public interface IngestionConfig {

    Limits limits();

    Kafka kafka();

    Signature signature();

    /** CIDRs of reverse proxies whose X-Forwarded-For is believed; empty means use the connection address. */
    @WithDefault("127.0.0.1/32,::1/128")
    List<String> trustedProxies();

    interface Limits {
        /** Largest accepted request body (1 MiB). */
        @WithDefault("1048576")
        int maxBodyBytes();

        @WithDefault("1000")
        int maxEventsPerRequest();

        /** Oldest accepted event_time relative to the receive time. */
        @WithDefault("30d")
        Duration maxEventAge();

        /** Events being validated or awaiting Kafka at once; beyond it requests get 429 instead of piling up in memory. */
        @WithDefault("50000")
        int maxInFlightEvents();

        /** Retry-After sent with 429 overloaded and 503 answers. */
        @WithDefault("1")
        int retryAfterSeconds();
    }

    interface Kafka {
        @WithDefault("127.0.0.1:9092")
        String bootstrapServers();

        @WithDefault("events.raw")
        String eventsTopic();

        @WithDefault("events.rejected")
        String rejectedTopic();

        @WithDefault("app-config")
        String appConfigTopic();

        /** How long a request waits for every record's acknowledgement before answering 503. */
        @WithDefault("5s")
        Duration deadline();

        @WithDefault("lz4")
        String compressionType();

        @WithDefault("5")
        int lingerMs();

        @WithDefault("262144")
        int batchSizeBytes();

        @WithDefault("67108864")
        long bufferMemoryBytes();
    }

    interface Signature {
        /** Accepted distance between X-Timestamp and the server clock, either way. */
        @WithDefault("5m")
        Duration window();

        /** Signatures remembered to refuse replays; the oldest are forgotten first. */
        @WithDefault("100000")
        int replayCacheSize();
    }
}
