package io.unmogrowp.gateway.apps.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unmogrowp.gateway.common.database.DataAccessException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The transactional outbox table. */
@ApplicationScoped
public class OutboxRepository {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;

    public OutboxRepository(DataSource dataSource, ObjectMapper objectMapper) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
    }

    public void insert(String topic, String key, String payload, Map<String, String> headers) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO outbox (topic, message_key, payload, headers) VALUES (?, ?, ?, ?::jsonb)")) {
            statement.setString(1, topic);
            statement.setString(2, key);
            statement.setString(3, payload);
            statement.setString(4, objectMapper.writeValueAsString(headers));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("writing outbox row for " + key + " failed", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("string headers are always serialisable", e);
        }
    }

    /**
     * Locks the oldest unpublished rows; rows locked by another gateway instance are skipped, so
     * instances never publish the same row concurrently.
     */
    public List<OutboxMessage> lockUnpublished(int limit) {
        String sql = "SELECT id, topic, message_key, payload, headers FROM outbox WHERE published_at IS NULL"
                + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<OutboxMessage> messages = new ArrayList<>();
                while (rows.next()) {
                    messages.add(new OutboxMessage(rows.getLong("id"), rows.getString("topic"),
                            rows.getString("message_key"), rows.getString("payload"),
                            objectMapper.readValue(rows.getString("headers"), HEADERS)));
                }
                return messages;
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading the outbox failed", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox headers column holds invalid JSON", e);
        }
    }

    public void markPublished(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE outbox SET published_at = now() WHERE id = ANY (?)")) {
            Array idArray = connection.createArrayOf("bigint", ids.toArray());
            statement.setArray(1, idArray);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("marking outbox rows published failed", e);
        }
    }

    public long countUnpublished() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM outbox WHERE published_at IS NULL");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new DataAccessException("counting the outbox failed", e);
        }
    }
}
