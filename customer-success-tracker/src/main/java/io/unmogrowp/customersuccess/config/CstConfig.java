package io.unmogrowp.customersuccess.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;

import java.time.Duration;
import java.util.Optional;

/** Typed settings of the customer-success tracker (prefix {@code cst}). */
@ConfigMapping(prefix = "cst")
public interface CstConfig {

    /** Operator token expected as {@code Authorization: Bearer <token>} on every {@code /api/v1/**} call. */
    String adminToken();

    ClickHouse clickhouse();

    Metrics metrics();

    PilotTargets targets();

    interface ClickHouse {
        /** HTTP endpoint, for example {@code http://clickhouse:8123}. */
        String url();

        /** Also written into SQL as the table qualifier (18.16 ignores the client's database header), hence the strict pattern. */
        @Pattern(regexp = "[A-Za-z0-9_]{1,64}")
        String database();

        String user();

        Optional<String> password();

        /** Upper bound for a ping or a volume query, so a slow ClickHouse never blocks readiness or refreshes. */
        @WithDefault("3s")
        Duration timeout();
    }

    interface Metrics {
        /** How often gauges are recomputed from PostgreSQL and ClickHouse (Prometheus scrapes every 15 s). */
        @WithDefault("15s")
        Duration refreshInterval();

        /** Satisfaction is averaged over survey responses this recent. */
        @WithDefault("90")
        int satisfactionWindowDays();
    }

    /** Pilot programme goals from the monitoring setup report; the pilot summary compares against them. */
    interface PilotTargets {
        @WithDefault("5")
        int pilotCustomers();

        @WithDefault("90")
        double satisfactionPercent();

        @WithDefault("30")
        double costSavingsMinPercent();

        @WithDefault("50")
        double costSavingsMaxPercent();

        @WithDefault("14")
        int timeToLaunchDays();

        @WithDefault("80")
        double successRatePercent();
    }
}
