package io.unmogrowp.engine.sink;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertResponse;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.data.ClickHouseFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unmogrowp.engine.config.EngineConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Writes rows to ClickHouse over HTTP (JSONEachRow), the one format that works on 18.16 and current releases. */
@ApplicationScoped
public class ClickHouseWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 30;

    private final Client client;
    private final String database;

    public ClickHouseWriter(EngineConfig config) {
        EngineConfig.ClickHouse ch = config.clickhouse();
        this.database = ch.database();
        this.client = new Client.Builder()
                .addEndpoint(ch.url().orElse("http://127.0.0.1:8123"))
                .setUsername(ch.user())
                .setPassword(ch.password().orElse(""))
                .setDefaultDatabase(ch.database())
                // 18.16 answers compressed responses in a form client-v2 reads as empty.
                .compressServerResponse(false)
                .build();
    }

    /** Inserts all rows of one table in one request; throws when ClickHouse did not take them. */
    public void insert(String table, List<Map<String, Object>> rows) throws Exception {
        if (rows.isEmpty()) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 256);
        for (Map<String, Object> row : rows) {
            MAPPER.writeValue(out, row);
            out.write('\n');
        }
        // Qualified name: ClickHouse 18.16 ignores the client's default database.
        try (InsertResponse ignored = client.insert(qualified(table), new ByteArrayInputStream(out.toByteArray()),
                ClickHouseFormat.JSONEachRow).get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // the response carries only statistics; success is the absence of an exception
        }
    }

    /** Runs a statement that returns no rows we need (INSERT ... SELECT, DDL). */
    public void execute(String sql) throws Exception {
        try (QueryResponse ignored = client.query(sql).get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // executed when the response arrives
        }
    }

    /** {@code database.table}; SQL built elsewhere uses this too, for the same reason as inserts. */
    public String qualified(String table) {
        return database + "." + table;
    }

    public boolean ping() {
        return client.ping(2_000);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
