package io.unmogrowp.customersuccess.metrics.repository;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.QueryResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unmogrowp.customersuccess.config.CstConfig;
import io.unmogrowp.customersuccess.customers.AppIds;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Counts raw events per app in ClickHouse ({@code events_raw}, the ingestion service's table). */
@ApplicationScoped
public class EventVolumeRepository {

    private static final Logger LOG = Logger.getLogger(EventVolumeRepository.class);

    private final Client client;
    private final ObjectMapper json;
    private final CstConfig config;

    public EventVolumeRepository(Client client, ObjectMapper json, CstConfig config) {
        this.client = client;
        this.json = json;
        this.config = config;
    }

    /**
     * Events per app id; apps without events are absent from the answer. FINAL collapses replayed
     * events, which the ReplacingMergeTree may not have merged yet, so nothing counts twice.
     *
     * @throws EventVolumeUnavailableException when ClickHouse cannot answer
     */
    public Map<String, Long> countByAppId(Collection<String> appIds) {
        String inList = appIds.stream()
                .filter(appId -> {
                    boolean valid = AppIds.isValid(appId);
                    if (!valid) {
                        LOG.warnf("skipping app id that does not match %s in event volume query", AppIds.PATTERN);
                    }
                    return valid;
                })
                .distinct()
                .map(EventVolumeRepository::quote)
                .collect(Collectors.joining(", "));
        if (inList.isEmpty()) {
            return Map.of();
        }
        // ClickHouse 18.16 has no server-side query parameters (ids are validated and quoted above) and ignores the
        // client's default-database header (the table is qualified with the validated database name).
        String sql = "SELECT app_id, count() AS events FROM " + config.clickhouse().database() + ".events_raw FINAL "
                + "WHERE app_id IN (" + inList + ") "
                + "GROUP BY app_id FORMAT JSONEachRow";
        long timeoutMillis = config.clickhouse().timeout().toMillis();
        try (QueryResponse response = client.query(sql).get(timeoutMillis, TimeUnit.MILLISECONDS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(response.getInputStream(), StandardCharsets.UTF_8))) {
            Map<String, Long> counts = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                // 64-bit counts arrive as JSON strings by default; asLong parses both forms.
                counts.put(row.get("app_id").asText(), row.get("events").asLong());
            }
            return counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventVolumeUnavailableException(e);
        } catch (Exception e) {
            throw new EventVolumeUnavailableException(e);
        }
    }

    /** Single-quoted ClickHouse string literal with backslashes and quotes escaped. */
    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    public static class EventVolumeUnavailableException extends RuntimeException {
        EventVolumeUnavailableException(Throwable cause) {
            super("ClickHouse event volume query failed: " + cause.getMessage(), cause);
        }
    }
}
