package io.unmogrowp.engine.health;

import io.unmogrowp.engine.sink.ClickHouseSink;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the ClickHouse sink has joined its consumer group, so records produced from now on reach ClickHouse. */
@Readiness
@ApplicationScoped
public class ClickHouseSinkReadiness implements HealthCheck {

    private final ClickHouseSink sink;

    public ClickHouseSinkReadiness(ClickHouseSink sink) {
        this.sink = sink;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("clickhouse-sink").status(sink.isJoinedOrDisabled()).build();
    }
}
