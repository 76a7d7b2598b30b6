package io.unmogrowp.gateway.config;

import com.clickhouse.client.api.Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import java.time.temporal.ChronoUnit;

/** One shared ClickHouse HTTP client (client-v2); it pools its own connections. */
@ApplicationScoped
public class ClickHouseClientProducer {

    private final GatewayConfig config;

    public ClickHouseClientProducer(GatewayConfig config) {
        this.config = config;
    }

    @Produces
    @ApplicationScoped
    Client clickHouseClient() {
        GatewayConfig.ClickHouse clickhouse = config.clickhouse();
        long timeoutMillis = clickhouse.queryTimeout().toMillis();
        return new Client.Builder()
                .addEndpoint(clickhouse.url())
                .setUsername(clickhouse.user())
                .setPassword(clickhouse.password().orElse(""))
                .setDefaultDatabase(clickhouse.database())
                // ClickHouse 18.16 answers a compressed-response request with an empty body.
                .compressServerResponse(false)
                // Fail fast when ClickHouse is down, so callers get a 503 instead of a hanging request.
                .setConnectTimeout(Math.min(timeoutMillis, 2000), ChronoUnit.MILLIS)
                .setConnectionRequestTimeout(timeoutMillis, ChronoUnit.MILLIS)
                .setSocketTimeout(timeoutMillis, ChronoUnit.MILLIS)
                .build();
    }

    void close(@Disposes Client client) {
        client.close();
    }
}
