package io.unmogrowp.customersuccess.savings.repository;

import io.unmogrowp.customersuccess.common.persistence.DataAccessException;
import io.unmogrowp.customersuccess.savings.CostBaseline;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

@ApplicationScoped
public class CostBaselineRepository {

    private final DataSource dataSource;

    public CostBaselineRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(CostBaseline baseline) {
        String sql = "INSERT INTO cost_baselines (customer_id, previous_monthly_cost, current_monthly_cost, currency, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, baseline.customerId());
            statement.setBigDecimal(2, baseline.previousMonthlyCost());
            statement.setBigDecimal(3, baseline.currentMonthlyCost());
            statement.setString(4, baseline.currency());
            statement.setTimestamp(5, Timestamp.from(baseline.recordedAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("could not store cost baseline", e);
        }
    }

    public Optional<CostBaseline> latest(String customerId) {
        String sql = "SELECT previous_monthly_cost, current_monthly_cost, currency, recorded_at FROM cost_baselines "
                + "WHERE customer_id = ? ORDER BY recorded_at DESC, id DESC LIMIT 1";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customerId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CostBaseline(customerId, rows.getBigDecimal("previous_monthly_cost"),
                        rows.getBigDecimal("current_monthly_cost"), rows.getString("currency"),
                        rows.getTimestamp("recorded_at").toInstant()));
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not load cost baseline", e);
        }
    }
}
