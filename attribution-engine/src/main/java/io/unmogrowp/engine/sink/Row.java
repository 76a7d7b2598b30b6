package io.unmogrowp.engine.sink;

import java.util.Map;

/** One row for one ClickHouse table, in JSONEachRow shape. */
public record Row(String table, Map<String, Object> columns) {
}
