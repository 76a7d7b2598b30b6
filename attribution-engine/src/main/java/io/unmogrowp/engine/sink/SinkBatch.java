package io.unmogrowp.engine.sink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Rows waiting for ClickHouse, with the offsets to commit once they are written. */
final class SinkBatch {

    private final Map<String, List<Map<String, Object>>> rowsByTable = new LinkedHashMap<>();
    private final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    private int rows;
    private long startedAt = -1;
    private long unreadable;

    void add(ConsumerRecord<String, byte[]> record, List<Row> mapped, long now) {
        if (startedAt < 0) {
            startedAt = now;
        }
        if (mapped.isEmpty()) {
            unreadable++;
        }
        for (Row row : mapped) {
            rowsByTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row.columns());
            rows++;
        }
        offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
    }

    boolean isDue(int maxRows, long maxAgeMillis, long now) {
        return !offsets.isEmpty() && (rows >= maxRows || now - startedAt >= maxAgeMillis);
    }

    boolean isEmpty() {
        return offsets.isEmpty();
    }

    Map<String, List<Map<String, Object>>> rowsByTable() {
        return rowsByTable;
    }

    Map<TopicPartition, OffsetAndMetadata> offsets() {
        return offsets;
    }

    long takeUnreadable() {
        long n = unreadable;
        unreadable = 0;
        return n;
    }

    void clear() {
        rowsByTable.clear();
        offsets.clear();
        rows = 0;
        startedAt = -1;
    }
}
