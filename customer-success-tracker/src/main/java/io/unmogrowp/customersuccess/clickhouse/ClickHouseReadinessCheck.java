package io.unmogrowp.customersuccess.clickhouse;

import com.clickhouse.client.api.Client;
import io.unmogrowp.customersuccess.config.CstConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while ClickHouse answers a ping within the configured timeout (event volumes come from it). */
@Readiness
@ApplicationScoped
public class ClickHouseReadinessCheck implements HealthCheck {

    private final Client client;
    private final CstConfig config;

    public ClickHouseReadinessCheck(Client client, CstConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            up = client.ping(config.clickhouse().timeout().toMillis());
        } catch (RuntimeException e) {
            up = false;
        }
        return HealthCheckResponse.named("clickhouse")
                .status(up)
                .withData("url", config.clickhouse().url())
                .build();
    }
}
