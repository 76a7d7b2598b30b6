package io.unmogrowp.gateway.observability;

import io.unmogrowp.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;

/** PostgreSQL is up when a pooled connection validates. */
@ApplicationScoped
public class PostgresProbe implements DependencyProbe {

    private final DataSource dataSource;
    private final int timeoutSeconds;

    public PostgresProbe(DataSource dataSource, GatewayConfig config) {
        this.dataSource = dataSource;
        this.timeoutSeconds = (int) Math.max(1, config.dependencies().probeTimeout().toSeconds());
    }

    @Override
    public String dependency() {
        return "postgresql";
    }

    @Override
    public boolean isUp() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        }
    }
}
