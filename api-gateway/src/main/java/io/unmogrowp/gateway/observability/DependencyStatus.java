package io.unmogrowp.gateway.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.unmogrowp.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Probes PostgreSQL, Kafka and ClickHouse, caches each result briefly and exposes it as
 * unmogrowp_dependency_up{dependency}. Readiness checks and the gauge share these results.
 */
@Startup
@ApplicationScoped
public class DependencyStatus {

    private static final Logger LOG = Logger.getLogger(DependencyStatus.class);

    private final Map<String, CachedProbe> probes = new LinkedHashMap<>();
    private final long cacheNanos;

    public DependencyStatus(Instance<DependencyProbe> probeBeans, MeterRegistry registry, GatewayConfig config) {
        this.cacheNanos = config.dependencies().cacheFor().toNanos();
        for (DependencyProbe probe : probeBeans) {
            CachedProbe cached = new CachedProbe(probe);
            probes.put(probe.dependency(), cached);
            Gauge.builder("unmogrowp_dependency_up", cached.up, AtomicInteger::get)
                    .description("1 when the service can reach the dependency, 0 otherwise")
                    .tag("dependency", probe.dependency())
                    .register(registry);
        }
    }

    /** Whether the dependency was reachable, probing again only when the cached answer is stale. */
    public boolean isUp(String dependency) {
        CachedProbe probe = probes.get(dependency);
        if (probe == null) {
            throw new IllegalArgumentException("no probe for " + dependency);
        }
        return probe.current();
    }

    @Scheduled(every = "10s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshGauges() {
        probes.values().forEach(CachedProbe::current);
    }

    private final class CachedProbe {
        private final DependencyProbe probe;
        private final AtomicInteger up = new AtomicInteger();
        private long checkedAt;
        private boolean checked;

        private CachedProbe(DependencyProbe probe) {
            this.probe = probe;
        }

        private synchronized boolean current() {
            long now = System.nanoTime();
            if (!checked || now - checkedAt >= cacheNanos) {
                up.set(probeOnce() ? 1 : 0);
                checkedAt = System.nanoTime();
                checked = true;
            }
            return up.get() == 1;
        }

        private boolean probeOnce() {
            try {
                return probe.isUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                LOG.debugf("%s probe failed: %s", probe.dependency(), e.toString());
                return false;
            }
        }
    }
}
