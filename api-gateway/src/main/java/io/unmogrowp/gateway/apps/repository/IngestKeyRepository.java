package io.unmogrowp.gateway.apps.repository;

import io.unmogrowp.gateway.common.database.DataAccessException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ingest key hashes per app. */
@ApplicationScoped
public class IngestKeyRepository {

    private static final String COLUMNS = "key_id, app_id, sha256, created_at, revoked_at";

    private final DataSource dataSource;

    public IngestKeyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(IngestKeyRecord key) {
        String sql = "INSERT INTO ingest_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, NULL)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key.keyId());
            statement.setString(2, key.appId());
            statement.setString(3, key.sha256());
            statement.setTimestamp(4, Timestamp.from(key.createdAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("inserting ingest key " + key.keyId() + " failed", e);
        }
    }

    public void revoke(String keyId, Instant at) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE ingest_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL")) {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setString(2, keyId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("revoking ingest key " + keyId + " failed", e);
        }
    }

    /** Active keys of an app, oldest first. */
    public List<IngestKeyRecord> findActive(String appId) {
        return query("SELECT " + COLUMNS + " FROM ingest_keys WHERE app_id = ? AND revoked_at IS NULL"
                + " ORDER BY created_at, key_id", appId);
    }

    /** Active keys of every app, oldest first, for listing all apps in one query. */
    public List<IngestKeyRecord> findAllActive() {
        return query("SELECT " + COLUMNS + " FROM ingest_keys WHERE revoked_at IS NULL ORDER BY created_at, key_id", null);
    }

    public Optional<IngestKeyRecord> find(String appId, String keyId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM ingest_keys WHERE app_id = ? AND key_id = ?")) {
            statement.setString(1, appId);
            statement.setString(2, keyId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading ingest key " + keyId + " failed", e);
        }
    }

    private List<IngestKeyRecord> query(String sql, String appId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (appId != null) {
                statement.setString(1, appId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<IngestKeyRecord> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(map(rows));
                }
                return keys;
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading ingest keys failed", e);
        }
    }

    private static IngestKeyRecord map(ResultSet row) throws SQLException {
        Timestamp revokedAt = row.getTimestamp("revoked_at");
        return new IngestKeyRecord(
                row.getString("key_id"),
                row.getString("app_id"),
                row.getString("sha256"),
                row.getTimestamp("created_at").toInstant(),
                revokedAt == null ? null : revokedAt.toInstant());
    }
}
