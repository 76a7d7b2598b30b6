package io.unmogrowp.gateway.observability;

import com.clickhouse.client.api.Client;
import io.unmogrowp.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** ClickHouse is up when it answers a ping in time. */
@ApplicationScoped
public class ClickHouseProbe implements DependencyProbe {

    private final Client client;
    private final long timeoutMillis;

    public ClickHouseProbe(Client client, GatewayConfig config) {
        this.client = client;
        this.timeoutMillis = config.dependencies().probeTimeout().toMillis();
    }

    @Override
    public String dependency() {
        return "clickhouse";
    }

    @Override
    public boolean isUp() {
        return client.ping(timeoutMillis);
    }
}
