package io.unmogrowp.customersuccess.customers.repository;

import io.unmogrowp.customersuccess.common.persistence.DataAccessException;
import io.unmogrowp.customersuccess.common.persistence.SqlStates;
import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.onboarding.OnboardingStage;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CustomerRepository {

    /** Columns read by {@link #map}; other queries select them from {@code customers c} too. */
    public static final String COLUMNS = "c.id, c.company_name, c.contact_email, c.app_ids, c.pilot_started_at, "
            + "c.target_launch_date, c.stage::text AS stage, c.launched_at, c.time_to_launch_days, "
            + "c.technical_success, c.business_success, c.created_at, c.updated_at";

    private final DataSource dataSource;

    public CustomerRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @throws DuplicateCompanyNameException when another customer already uses the name (any case) */
    public void insert(Customer customer) {
        String sql = "INSERT INTO customers (id, company_name, contact_email, app_ids, pilot_started_at, "
                + "target_launch_date, stage, launched_at, time_to_launch_days, technical_success, business_success, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS onboarding_stage), ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customer.id());
            bindMutableColumns(connection, statement, 2, customer);
            statement.setTimestamp(12, Timestamp.from(customer.createdAt()));
            statement.setTimestamp(13, Timestamp.from(customer.updatedAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw translate(e, "insert customer");
        }
    }

    /** @throws DuplicateCompanyNameException when another customer already uses the name (any case) */
    public void update(Customer customer) {
        String sql = "UPDATE customers SET company_name = ?, contact_email = ?, app_ids = ?, pilot_started_at = ?, "
                + "target_launch_date = ?, stage = CAST(? AS onboarding_stage), launched_at = ?, time_to_launch_days = ?, "
                + "technical_success = ?, business_success = ?, updated_at = ? WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bindMutableColumns(connection, statement, 1, customer);
            statement.setTimestamp(11, Timestamp.from(customer.updatedAt()));
            statement.setString(12, customer.id());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw translate(e, "update customer");
        }
    }

    public Optional<Customer> findById(String id) {
        return findOne("SELECT " + COLUMNS + " FROM customers c WHERE c.id = ?", id);
    }

    /** Locks the row for the rest of the transaction so concurrent updates cannot overwrite each other. */
    public Optional<Customer> findByIdForUpdate(String id) {
        return findOne("SELECT " + COLUMNS + " FROM customers c WHERE c.id = ? FOR UPDATE", id);
    }

    public boolean exists(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM customers WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not look up customer", e);
        }
    }

    public List<Customer> list(Optional<OnboardingStage> stage) {
        String sql = "SELECT " + COLUMNS + " FROM customers c"
                + (stage.isPresent() ? " WHERE c.stage = CAST(? AS onboarding_stage)" : "")
                + " ORDER BY c.created_at, c.id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (stage.isPresent()) {
                statement.setString(1, stage.get().wireName());
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Customer> customers = new ArrayList<>();
                while (rows.next()) {
                    customers.add(map(rows));
                }
                return customers;
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not list customers", e);
        }
    }

    public boolean delete(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("DELETE FROM customers WHERE id = ?")) {
            statement.setString(1, id);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DataAccessException("could not delete customer", e);
        }
    }

    /** Maps a row selected with {@link #COLUMNS}; shared with queries that join more data onto customers. */
    public static Customer map(ResultSet rows) throws SQLException {
        Array appIds = rows.getArray("app_ids");
        Timestamp launchedAt = rows.getTimestamp("launched_at");
        int timeToLaunch = rows.getInt("time_to_launch_days");
        Integer timeToLaunchDays = rows.wasNull() ? null : timeToLaunch;
        return new Customer(
                rows.getString("id"),
                rows.getString("company_name"),
                rows.getString("contact_email"),
                appIds == null ? List.of() : List.copyOf(Arrays.asList((String[]) appIds.getArray())),
                rows.getTimestamp("pilot_started_at").toInstant(),
                rows.getDate("target_launch_date").toLocalDate(),
                OnboardingStage.fromWire(rows.getString("stage")).orElseThrow(),
                launchedAt == null ? null : launchedAt.toInstant(),
                timeToLaunchDays,
                rows.getBoolean("technical_success"),
                rows.getBoolean("business_success"),
                rows.getTimestamp("created_at").toInstant(),
                rows.getTimestamp("updated_at").toInstant());
    }

    private Optional<Customer> findOne(String sql, String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not load customer", e);
        }
    }

    /** Binds company_name .. business_success (10 columns) starting at {@code first}. */
    private static void bindMutableColumns(Connection connection, PreparedStatement statement, int first, Customer customer)
            throws SQLException {
        statement.setString(first, customer.companyName());
        statement.setString(first + 1, customer.contactEmail());
        statement.setArray(first + 2, connection.createArrayOf("text", customer.appIds().toArray()));
        statement.setTimestamp(first + 3, Timestamp.from(customer.pilotStartedAt()));
        statement.setDate(first + 4, Date.valueOf(customer.targetLaunchDate()));
        statement.setString(first + 5, customer.stage().wireName());
        if (customer.launchedAt() == null) {
            statement.setNull(first + 6, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setTimestamp(first + 6, Timestamp.from(customer.launchedAt()));
        }
        if (customer.timeToLaunchDays() == null) {
            statement.setNull(first + 7, Types.INTEGER);
        } else {
            statement.setInt(first + 7, customer.timeToLaunchDays());
        }
        statement.setBoolean(first + 8, customer.technicalSuccess());
        statement.setBoolean(first + 9, customer.businessSuccess());
    }

    private static RuntimeException translate(SQLException e, String action) {
        if (SqlStates.isUniqueViolation(e)) {
            return new DuplicateCompanyNameException();
        }
        return new DataAccessException("could not " + action, e);
    }
}
