package io.unmogrowp.engine.health;

import io.quarkus.scheduler.Scheduled;
import io.unmogrowp.engine.config.EngineConfig;
import io.unmogrowp.engine.sink.ClickHouseWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while ClickHouse answers: the sink cannot make progress without it. Attribution itself keeps
 * running (decisions queue on the attributions topic), so liveness does not depend on it.
 */
@Readiness
@ApplicationScoped
public class ClickHouseReadiness implements HealthCheck {

    private final ClickHouseWriter writer;
    private final DependencyStatus status;
    private final boolean enabled;

    public ClickHouseReadiness(ClickHouseWriter writer, DependencyStatus status, EngineConfig config) {
        this.writer = writer;
        this.status = status;
        this.enabled = config.clickhouse().enabled();
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        if (enabled) {
            status.set(DependencyStatus.CLICKHOUSE, writer.ping());
        }
    }

    @Override
    public HealthCheckResponse call() {
        if (!enabled) {
            return HealthCheckResponse.named("clickhouse").up().withData("sink", "disabled").build();
        }
        boolean up = writer.ping();
        status.set(DependencyStatus.CLICKHOUSE, up);
        return HealthCheckResponse.named("clickhouse").status(up).build();
    }
}
