package io.unmogrowp.customersuccess.onboarding.repository;

import io.unmogrowp.customersuccess.common.persistence.DataAccessException;
import io.unmogrowp.customersuccess.onboarding.OnboardingStage;
import io.unmogrowp.customersuccess.onboarding.StageTransition;
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

@ApplicationScoped
public class StageHistoryRepository {

    private final DataSource dataSource;

    public StageHistoryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(String customerId, OnboardingStage from, OnboardingStage to, String reason, Instant at) {
        String sql = "INSERT INTO customer_stage_transitions (customer_id, from_stage, to_stage, reason, transitioned_at) "
                + "VALUES (?, CAST(? AS onboarding_stage), CAST(? AS onboarding_stage), ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customerId);
            statement.setString(2, from == null ? null : from.wireName());
            statement.setString(3, to.wireName());
            statement.setString(4, reason);
            statement.setTimestamp(5, Timestamp.from(at));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("could not record stage transition", e);
        }
    }

    public List<StageTransition> history(String customerId) {
        String sql = "SELECT from_stage::text AS from_stage, to_stage::text AS to_stage, reason, transitioned_at "
                + "FROM customer_stage_transitions WHERE customer_id = ? ORDER BY transitioned_at, id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customerId);
            try (ResultSet rows = statement.executeQuery()) {
                List<StageTransition> transitions = new ArrayList<>();
                while (rows.next()) {
                    String from = rows.getString("from_stage");
                    transitions.add(new StageTransition(
                            from == null ? null : OnboardingStage.fromWire(from).orElseThrow(),
                            OnboardingStage.fromWire(rows.getString("to_stage")).orElseThrow(),
                            rows.getString("reason"),
                            rows.getTimestamp("transitioned_at").toInstant()));
                }
                return transitions;
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not load stage history", e);
        }
    }
}
