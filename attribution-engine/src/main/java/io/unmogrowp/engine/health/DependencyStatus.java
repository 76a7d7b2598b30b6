package io.unmogrowp.engine.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The last known reachability of each dependency, exported as {@code unmogrowp_dependency_up{dependency}}. */
@ApplicationScoped
public class DependencyStatus {

    public static final String CLICKHOUSE = "clickhouse";
    public static final String KAFKA = "kafka";

    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> up = new ConcurrentHashMap<>();

    public DependencyStatus(MeterRegistry registry) {
        this.registry = registry;
    }

    public void set(String dependency, boolean reachable) {
        state(dependency).set(reachable ? 1 : 0);
    }

    public boolean isUp(String dependency) {
        return state(dependency).get() == 1;
    }

    private AtomicInteger state(String dependency) {
        return up.computeIfAbsent(dependency, d -> {
            AtomicInteger value = new AtomicInteger(0);
            Gauge.builder("unmogrowp_dependency_up", value, AtomicInteger::get)
                    .description("1 when the dependency answered the last check, else 0")
                    .tag("dependency", d)
                    .register(registry);
            return value;
        });
    }
}
