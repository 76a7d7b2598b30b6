package io.unmogrowp.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.util.Optional;

/** Typed settings of the gateway; prod values come from the environment (see application.properties). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Operator token expected in {@code Authorization: Bearer ...} on every /api/v1 call. */
    @Size(min = 16, message = "must be at least 16 characters")
    String adminToken();

    Kafka kafka();

    ClickHouse clickhouse();

    Outbox outbox();

    Dependencies dependencies();

    interface Kafka {
        String bootstrapServers();

        @WithDefault("app-config")
        String appConfigTopic();

        /** Upper bound for one publish round to be acknowledged; unacknowledged rows stay for the next round. */
        @WithDefault("10s")
        Duration sendTimeout();
    }

    interface ClickHouse {
        String url();

        /** Interpolated into SQL as a table qualifier, hence restricted to a plain identifier. */
        @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,63}")
        String database();

        String user();

        /** Empty when the ClickHouse user has no password (the local dev setup). */
        Optional<String> password();

        @WithDefault("5s")
        Duration queryTimeout();
    }

    interface Outbox {
        @WithDefault("200")
        int batchSize();

        /** Pause between relay rounds; an outbox row normally reaches Kafka within this time. */
        @WithDefault("250ms")
        Duration pollInterval();
    }

    interface Dependencies {
        /** How long a probe result is reused, so readiness polls do not hammer Kafka and ClickHouse. */
        @WithDefault("5s")
        Duration cacheFor();

        @WithDefault("2s")
        Duration probeTimeout();
    }
}
