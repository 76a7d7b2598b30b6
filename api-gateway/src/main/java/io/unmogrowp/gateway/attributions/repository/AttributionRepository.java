package io.unmogrowp.gateway.attributions.repository;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.QueryResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unmogrowp.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads attribution decisions from ClickHouse. ClickHouse 18.16 has no server-side query
 * parameters, so values are validated by the caller and quoted here.
 */
@ApplicationScoped
public class AttributionRepository {

    private final Client client;
    private final ObjectMapper objectMapper;
    private final long timeoutMillis;
    private final String table;

    public AttributionRepository(Client client, ObjectMapper objectMapper, GatewayConfig config) {
        this.client = client;
        this.objectMapper = objectMapper;
        this.timeoutMillis = config.clickhouse().queryTimeout().toMillis();
        // Qualified, because ClickHouse 18.16 ignores the database the client sends.
        this.table = config.clickhouse().database() + ".attributions";
    }

    /** The decision_json of the highest version of a decision, if one was recorded. */
    public Optional<String> findLatestDecisionJson(String appId, String conversionEventId) {
        String sql = "SELECT decision_json FROM " + table + " WHERE app_id = " + quote(appId)
                + " AND conversion_event_id = " + quote(conversionEventId)
                + " ORDER BY version DESC LIMIT 1 FORMAT JSONEachRow";
        try (QueryResponse response = client.query(sql).get(timeoutMillis, TimeUnit.MILLISECONDS);
             BufferedReader reader = new BufferedReader(
                     new InputStreamReader(response.getInputStream(), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line == null || line.isBlank()) {
                return Optional.empty();
            }
            JsonNode row = objectMapper.readTree(line);
            return Optional.of(row.path("decision_json").asText());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClickHouseUnavailableException("interrupted while querying ClickHouse", e);
        } catch (ExecutionException | TimeoutException | IOException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new ClickHouseUnavailableException("ClickHouse query failed: " + cause, cause);
        } catch (Exception e) {
            throw new ClickHouseUnavailableException("closing the ClickHouse response failed: " + e, e);
        }
    }

    /** A ClickHouse string literal: backslashes and single quotes escaped. */
    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
