package io.unmogrowp.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The four services started once for the end-to-end suite, on their own ports and test databases, against
 * the real broker, PostgreSQL and ClickHouse of ./platform. Stopped by a JVM shutdown hook.
 */
public final class Platform {

    public static final String ADMIN_TOKEN = "e2e-admin-token";
    public static final String CLICKHOUSE_DATABASE = "unmogrowp_test";

    private static Platform instance;

    public final ServiceProcess ingestion;
    public final ServiceProcess engine;
    public final ServiceProcess gateway;
    public final ServiceProcess customerSuccess;

    private Platform() {
        // A fresh Kafka Streams application id per run keeps this run's state apart from earlier runs.
        String runId = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092",
                "POSTGRES_HOST", "127.0.0.1",
                "POSTGRES_PORT", "5432",
                "POSTGRES_USER", "unmogrowp",
                "POSTGRES_PASSWORD", "unmogrowp-dev",
                "CLICKHOUSE_URL", "http://127.0.0.1:8123",
                "CLICKHOUSE_DATABASE", CLICKHOUSE_DATABASE,
                "CLICKHOUSE_USER", "default",
                "ADMIN_TOKEN", ADMIN_TOKEN,
                "KAFKA_STREAMS_STATE_DIR", root().resolve("end-to-end-tests/target/engine-state-" + runId).toString());
        ingestion = new ServiceProcess("ingestion-service", 18081, env, List.of());
        engine = new ServiceProcess("attribution-engine", 18082, env, List.of(
                "-Dquarkus.kafka-streams.application-id=attribution-engine-e2e-" + runId,
                "-Dengine.clickhouse.consumer-group=clickhouse-sink-e2e-" + runId));
        gateway = new ServiceProcess("api-gateway", 13004, env, List.of(
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/gateway_test"));
        customerSuccess = new ServiceProcess("customer-success-tracker", 18084, env, List.of(
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/customer_success_test"));
    }

    public static synchronized Platform get() throws Exception {
        if (instance == null) {
            Platform p = new Platform();
            Runtime.getRuntime().addShutdownHook(new Thread(p::stopQuietly));
            p.gateway.start();
            p.ingestion.start();
            p.engine.start();
            p.customerSuccess.start();
            instance = p;
        }
        return instance;
    }

    public static Path root() {
        String configured = System.getProperty("unmogrowp.root");
        Path start = Path.of(configured != null ? configured : System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("platform")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + start);
    }

    private void stopQuietly() {
        for (ServiceProcess s : List.of(customerSuccess, engine, ingestion, gateway)) {
            try {
                s.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
