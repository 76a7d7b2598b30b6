package io.unmogrowp.engine.topology;

import io.unmogrowp.core.event.Event;
import io.unmogrowp.engine.codec.EventReader;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Benchmark reference between the pass-through and the engine: the engine's re-keying, then only what the
 * design asks of every event before any attribution (read it, and dedup it by id in the engine's changelogged
 * dedup store: two point lookups and one write), then forward it. What it costs over the pass-through is the
 * price of one state entry per event under exactly-once; the engine writes about three and a half.
 */
public final class DedupFloorTopology {

    private DedupFloorTopology() {
    }

    public static Topology build(String input, String output, int partitions, Duration dedupWindow) {
        StreamsBuilder builder = new StreamsBuilder();
        // The engine's own dedup store and re-keying, so the floor measures exactly what the engine does there.
        builder.addStateStore(AttributionTopology.dedupStore(dedupWindow));
        AttributionTopology.byApp(builder, input, partitions)
                .process(() -> new DedupOnly(dedupWindow), StoreNames.DEDUP)
                .to(output, Produced.with(Serdes.String(), Serdes.ByteArray()));
        return builder.build();
    }

    private static final class DedupOnly implements Processor<String, byte[], String, byte[]> {

        private final Duration window;
        private ProcessorContext<String, byte[]> context;
        private EventDedup dedup;

        DedupOnly(Duration window) {
            this.window = window;
        }

        @Override
        public void init(ProcessorContext<String, byte[]> context) {
            this.context = context;
            this.dedup = new EventDedup(context.getStateStore(StoreNames.DEDUP), window);
        }

        @Override
        public void process(Record<String, byte[]> record) {
            Optional<Event> event = EventReader.read(record.value());
            if (event.isPresent()
                    && dedup.firstSighting(IndexKeys.event(event.get().appId(), event.get().eventId()), record.timestamp())) {
                context.forward(record);
            }
        }
    }
}
