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

    public static final String ADMIN_TOKEN = "e2e-operator-token-dev-only";
    public static final String CLICKHOUSE_DATABASE = "unmogrowp_test";

    private static Platform instance;

    public final ServiceProcess ingestion;
    public final ServiceProcess engine;
    public final ServiceProcess gateway;
    public final ServiceProcess customerSuccess;
    public final OtlpReceiver traces;

    private Platform() throws java.io.IOException {
        traces = new OtlpReceiver();
        // A fresh Kafka Streams application id per run keeps this run's state apart from earlier runs.
        String runId = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = Map.ofEntries(
                Map.entry("OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint()),
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                Map.entry("POSTGRES_HOST", "127.0.0.1"),
                Map.entry("POSTGRES_PORT", "5432"),
                Map.entry("POSTGRES_USER", "unmogrowp"),
                Map.entry("POSTGRES_PASSWORD", "unmogrowp-dev"),
                Map.entry("CLICKHOUSE_URL", "http://127.0.0.1:8123"),
                Map.entry("CLICKHOUSE_DATABASE", CLICKHOUSE_DATABASE),
                Map.entry("CLICKHOUSE_USER", "default"),
                Map.entry("ADMIN_TOKEN", ADMIN_TOKEN),
                Map.entry("KAFKA_STREAMS_STATE_DIR", root().resolve("end-to-end-tests/target/engine-state-" + runId).toString()));
        // Traces go over OTLP/HTTP to the receiver this suite started, every half second.
        List<String> tracing = List.of("-Dquarkus.otel.exporter.otlp.protocol=http/protobuf",
                "-Dquarkus.otel.exporter.otlp.traces.protocol=http/protobuf",
                "-Dquarkus.otel.exporter.otlp.traces.endpoint=" + traces.endpoint(),
                "-Dquarkus.otel.bsp.schedule.delay=500ms");
        ingestion = new ServiceProcess("ingestion-service", 18081, env, tracing);
        engine = new ServiceProcess("attribution-engine", 18082, env, with(tracing,
                "-Dquarkus.kafka-streams.application-id=attribution-engine-e2e-" + runId,
                "-Dengine.clickhouse.consumer-group=clickhouse-sink-e2e-" + runId));
        gateway = new ServiceProcess("api-gateway", 13004, env, with(tracing,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/gateway_test"));
        customerSuccess = new ServiceProcess("customer-success-tracker", 18084, env, with(tracing,
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

    private static List<String> with(List<String> common, String... more) {
        List<String> all = new java.util.ArrayList<>(common);
        all.addAll(List.of(more));
        return all;
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
