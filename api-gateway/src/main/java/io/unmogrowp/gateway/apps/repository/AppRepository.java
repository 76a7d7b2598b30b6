package io.unmogrowp.gateway.apps.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unmogrowp.gateway.apps.service.AppSettings;
import io.unmogrowp.gateway.common.database.DataAccessException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Apps in PostgreSQL; callers run inside a transaction so a lock lasts until the change is committed. */
@ApplicationScoped
public class AppRepository {

    private static final String COLUMNS = "app_id, name, platform, store_url, settings, version, created_at, updated_at";

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;

    public AppRepository(DataSource dataSource, ObjectMapper objectMapper) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
    }

    public void insert(AppRecord app) {
        String sql = "INSERT INTO apps (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, app.appId());
            statement.setString(2, app.name());
            statement.setString(3, app.platform());
            statement.setString(4, app.storeUrl());
            statement.setString(5, toJson(app.settings()));
            statement.setLong(6, app.version());
            statement.setTimestamp(7, Timestamp.from(app.createdAt()));
            statement.setTimestamp(8, Timestamp.from(app.updatedAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("inserting app " + app.appId() + " failed", e);
        }
    }

    /** Saves the settings, version and update time of an app changed under {@link #lock}. */
    public void update(AppRecord app) {
        String sql = "UPDATE apps SET settings = ?::jsonb, version = ?, updated_at = ? WHERE app_id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, toJson(app.settings()));
            statement.setLong(2, app.version());
            statement.setTimestamp(3, Timestamp.from(app.updatedAt()));
            statement.setString(4, app.appId());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("updating app " + app.appId() + " failed", e);
        }
    }

    /** Reads an app and locks its row, so concurrent changes of one app get distinct versions. */
    public Optional<AppRecord> lock(String appId) {
        return findOne("SELECT " + COLUMNS + " FROM apps WHERE app_id = ? FOR UPDATE", appId);
    }

    public Optional<AppRecord> find(String appId) {
        return findOne("SELECT " + COLUMNS + " FROM apps WHERE app_id = ?", appId);
    }

    public boolean exists(String appId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM apps WHERE app_id = ?")) {
            statement.setString(1, appId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new DataAccessException("looking up app " + appId + " failed", e);
        }
    }

    public List<AppRecord> findAll() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM apps ORDER BY created_at, app_id");
             ResultSet rows = statement.executeQuery()) {
            List<AppRecord> apps = new ArrayList<>();
            while (rows.next()) {
                apps.add(map(rows));
            }
            return apps;
        } catch (SQLException e) {
            throw new DataAccessException("listing apps failed", e);
        }
    }

    private Optional<AppRecord> findOne(String sql, String appId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, appId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading app " + appId + " failed", e);
        }
    }

    private AppRecord map(ResultSet row) throws SQLException {
        return new AppRecord(
                row.getString("app_id"),
                row.getString("name"),
                row.getString("platform"),
                row.getString("store_url"),
                fromJson(row.getString("settings")),
                row.getLong("version"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }

    private String toJson(AppSettings settings) {
        try {
            return objectMapper.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings are always serialisable", e);
        }
    }

    private AppSettings fromJson(String json) {
        try {
            // Start from the defaults so settings added in later releases get their default for old rows.
            ObjectNode merged = objectMapper.valueToTree(AppSettings.DEFAULTS);
            merged.setAll((ObjectNode) objectMapper.readTree(json));
            return objectMapper.treeToValue(merged, AppSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings are not valid JSON", e);
        }
    }
}
