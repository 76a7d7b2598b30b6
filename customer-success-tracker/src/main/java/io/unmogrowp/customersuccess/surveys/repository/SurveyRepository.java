package io.unmogrowp.customersuccess.surveys.repository;

import io.unmogrowp.customersuccess.common.persistence.DataAccessException;
import io.unmogrowp.customersuccess.surveys.SurveyResponse;
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
public class SurveyRepository {

    private final DataSource dataSource;

    public SurveyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public SurveyResponse insert(String customerId, int score, String comment, Instant submittedAt) {
        String sql = "INSERT INTO survey_responses (customer_id, score, comment, submitted_at) VALUES (?, ?, ?, ?) RETURNING id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customerId);
            statement.setInt(2, score);
            statement.setString(3, comment);
            statement.setTimestamp(4, Timestamp.from(submittedAt));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new SurveyResponse(rows.getLong(1), customerId, score, comment, submittedAt);
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not store survey response", e);
        }
    }

    public List<SurveyResponse> list(String customerId) {
        String sql = "SELECT id, score, comment, submitted_at FROM survey_responses WHERE customer_id = ? "
                + "ORDER BY submitted_at DESC, id DESC";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customerId);
            try (ResultSet rows = statement.executeQuery()) {
                List<SurveyResponse> responses = new ArrayList<>();
                while (rows.next()) {
                    responses.add(new SurveyResponse(rows.getLong("id"), customerId, rows.getInt("score"),
                            rows.getString("comment"), rows.getTimestamp("submitted_at").toInstant()));
                }
                return responses;
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not list survey responses", e);
        }
    }
}
