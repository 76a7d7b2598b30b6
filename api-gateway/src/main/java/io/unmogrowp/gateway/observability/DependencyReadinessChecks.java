package io.unmogrowp.gateway.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of Kafka and ClickHouse (PostgreSQL has the built-in datasource check). */
@ApplicationScoped
public class DependencyReadinessChecks {

    private final DependencyStatus status;

    public DependencyReadinessChecks(DependencyStatus status) {
        this.status = status;
    }

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck kafka() {
        return () -> check("kafka");
    }

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck clickhouse() {
        return () -> check("clickhouse");
    }

    private HealthCheckResponse check(String dependency) {
        return HealthCheckResponse.named(dependency).status(status.isUp(dependency)).build();
    }
}
