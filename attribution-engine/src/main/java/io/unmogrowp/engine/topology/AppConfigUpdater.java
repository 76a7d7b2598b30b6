package io.unmogrowp.engine.topology;

import io.unmogrowp.engine.codec.Json;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the newest app-config record per app in the global store. The gateway's outbox relay may
 * publish a version twice or out of order after a retry, so an older version never replaces a newer one.
 */
final class AppConfigUpdater implements Processor<String, byte[], Void, Void> {

    private KeyValueStore<String, byte[]> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(StoreNames.APP_CONFIG);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
            return;
        }
        long incoming = versionOf(record.value());
        if (incoming < 0) {
            return;
        }
        byte[] current = store.get(record.key());
        if (current == null || versionOf(current) <= incoming) {
            store.put(record.key(), record.value());
        }
    }

    private static long versionOf(byte[] appConfig) {
        Map<String, Object> map = Json.readMap(appConfig).orElse(null);
        return map != null && map.get("version") instanceof Number n ? n.longValue() : -1;
    }
}
