package io.unmogrowp.customersuccess.clickhouse;

import com.clickhouse.client.api.Client;
import io.unmogrowp.customersuccess.config.CstConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.temporal.ChronoUnit;

/** The shared HTTP client for ClickHouse; timeouts keep a hung server from stalling refreshes. */
@ApplicationScoped
public class ClickHouseClientProducer {

    @Produces
    @Singleton
    Client clickHouseClient(CstConfig config) {
        CstConfig.ClickHouse clickhouse = config.clickhouse();
        long timeoutMillis = clickhouse.timeout().toMillis();
        return new Client.Builder()
                .addEndpoint(clickhouse.url())
                .setUsername(clickhouse.user())
                .setPassword(clickhouse.password().orElse(""))
                .setDefaultDatabase(clickhouse.database())
                .setConnectTimeout(timeoutMillis, ChronoUnit.MILLIS)
                .setSocketTimeout(timeoutMillis, ChronoUnit.MILLIS)
                .setExecutionTimeout(timeoutMillis, ChronoUnit.MILLIS)
                // With compressed responses client-v2 0.10 reads ClickHouse 18.16 answers as empty streams.
                .compressServerResponse(false)
                .build();
    }

    void close(@Disposes Client client) {
        client.close();
    }
}
