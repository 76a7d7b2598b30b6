package io.unmogrowp.engine.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.unmogrowp.engine.topology.StoreNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Exports the stream's Kafka reachability and the size of each state store
 * ({@code attribution_state_store_entries{store}}, from RocksDB's own key estimate, summed over tasks).
 */
@ApplicationScoped
public class StreamsStatus {

    private static final String NUM_KEYS = "estimate-num-keys";

    private final KafkaStreams streams;
    private final DependencyStatus dependencies;
    private final Map<String, AtomicLong> entries = new ConcurrentHashMap<>();

    public StreamsStatus(KafkaStreams streams, DependencyStatus dependencies, MeterRegistry registry) {
        this.streams = streams;
        this.dependencies = dependencies;
        for (String store : StoreNames.LOCAL) {
            AtomicLong value = new AtomicLong();
            entries.put(store, value);
            Gauge.builder("attribution_state_store_entries", value, AtomicLong::get)
                    .description("Estimated entries in a state store on this instance (RocksDB estimate-num-keys)")
                    .tag("store", store)
                    .register(registry);
        }
    }

    @Scheduled(every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        dependencies.set(DependencyStatus.KAFKA, streams.state().isRunningOrRebalancing());
        Map<String, Long> sums = new ConcurrentHashMap<>();
        for (Map.Entry<MetricName, ? extends Metric> metric : streams.metrics().entrySet()) {
            MetricName name = metric.getKey();
            if (!NUM_KEYS.equals(name.name()) || !(metric.getValue().metricValue() instanceof Number n)) {
                continue;
            }
            for (String tag : name.tags().values()) {
                if (entries.containsKey(tag)) {
                    sums.merge(tag, n.longValue(), Long::sum);
                }
            }
        }
        entries.forEach((store, value) -> value.set(sums.getOrDefault(store, 0L)));
    }
}
