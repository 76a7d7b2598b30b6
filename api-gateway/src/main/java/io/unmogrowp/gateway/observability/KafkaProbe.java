package io.unmogrowp.gateway.observability;

import io.unmogrowp.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.util.concurrent.TimeUnit;

/** Kafka is up when the cluster answers describeCluster with at least one broker in time. */
@ApplicationScoped
public class KafkaProbe implements DependencyProbe {

    private final Admin admin;
    private final long timeoutMillis;

    public KafkaProbe(Admin admin, GatewayConfig config) {
        this.admin = admin;
        this.timeoutMillis = config.dependencies().probeTimeout().toMillis();
    }

    @Override
    public String dependency() {
        return "kafka";
    }

    @Override
    public boolean isUp() throws Exception {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeoutMillis));
        return !cluster.nodes().get(timeoutMillis, TimeUnit.MILLISECONDS).isEmpty();
    }
}
