package io.unmogrowp.engine.topology;

import io.opentelemetry.api.OpenTelemetry;
import io.unmogrowp.core.attribution.Attributor;
import io.unmogrowp.engine.tracing.KafkaTracing;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * events.raw (keyed app:device) is re-keyed by app so every lookup of an app's install is local to one
 * task, then one processor attributes it. Scaling is across apps and partitions; docs/architecture.md
 * explains the trade-off.
 */
public final class AttributionTopology {

    private AttributionTopology() {
    }

    public static Topology build(TopologySettings settings, Clock clock, EngineObserver observer, OpenTelemetry otel) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.APP_CONFIG),
                        Serdes.String(), Serdes.ByteArray()).withLoggingDisabled(),
                settings.appConfigTopic(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()),
                AppConfigUpdater::new);

        // Caching folds repeated writes of a key within a commit interval into one changelog record; only the
        // stores whose keys repeat (site statistics, device attributions) use it: for unique keys it is pure cost.
        builder.addStateStore(dedupStore(settings.dedupWindow()));
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.TOUCHPOINTS, settings.touchpointRetention(), Duration.ofMillis(1), true),
                Serdes.String(), Serdes.ByteArray()));
        Duration correctionRetention = settings.lateTouchpointGrace().plusHours(1);
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.CONVERSION_INDEX, correctionRetention, Duration.ofMillis(1), true),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.RECENT_DECISIONS, correctionRetention, Duration.ofMillis(1), false),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.DEVICE_ATTRIBUTION), Serdes.String(), Serdes.ByteArray())
                .withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.SITE_STATS), Serdes.String(), Serdes.ByteArray())
                .withCachingEnabled());

        Attributor attributor = new Attributor();
        KafkaTracing tracing = new KafkaTracing(otel);
        byApp(builder, settings.rawTopic(), settings.partitions())
                .process(() -> new AttributionProcessor(settings, attributor, clock, observer,
                        otel.getTracer("io.unmogrowp.engine"), tracing), StoreNames.LOCAL)
                .to((key, output, recordContext) -> output.topic(), Produced.with(Serdes.String(), Output.serde()));
        return builder.build();
    }

    /** The dedup store: event ids of the dedup window, stamped at their arrival's bucket (EventDedup). */
    static StoreBuilder<WindowStore<String, byte[]>> dedupStore(Duration dedupWindow) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.DEDUP, EventDedup.retention(dedupWindow), Duration.ofMillis(1),
                        false),
                Serdes.String(), Serdes.ByteArray());
    }

    /** The raw topic re-keyed by app through the repartition topic events-by-app. */
    static KStream<String, byte[]> byApp(StreamsBuilder builder, String rawTopic, int partitions) {
        return builder.stream(rawTopic, Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .selectKey((key, value) -> appIdOf(key))
                .repartition(Repartitioned.<String, byte[]>as("events-by-app")
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray())
                        .withNumberOfPartitions(partitions));
    }

    /** Ingestion keys events.raw as {@code app_id:device}; the app id never contains ':' (contracts.md). */
    static String appIdOf(String key) {
        if (key == null) {
            return "";
        }
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }
}
