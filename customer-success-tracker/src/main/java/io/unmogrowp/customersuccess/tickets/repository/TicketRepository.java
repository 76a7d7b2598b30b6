package io.unmogrowp.customersuccess.tickets.repository;

import io.unmogrowp.customersuccess.common.persistence.DataAccessException;
import io.unmogrowp.customersuccess.tickets.SupportTicket;
import io.unmogrowp.customersuccess.tickets.TicketPriority;
import io.unmogrowp.customersuccess.tickets.TicketStatus;
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

@ApplicationScoped
public class TicketRepository {

    private static final String COLUMNS = "id, customer_id, priority::text AS priority, subject, status::text AS status, "
            + "opened_at, resolved_at";

    private final DataSource dataSource;

    public TicketRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(SupportTicket ticket) {
        String sql = "INSERT INTO support_tickets (id, customer_id, priority, subject, status, opened_at) "
                + "VALUES (?, ?, CAST(? AS ticket_priority), ?, CAST(? AS ticket_status), ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ticket.id());
            statement.setString(2, ticket.customerId());
            statement.setString(3, ticket.priority().wireName());
            statement.setString(4, ticket.subject());
            statement.setString(5, ticket.status().wireName());
            statement.setTimestamp(6, Timestamp.from(ticket.openedAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("could not store support ticket", e);
        }
    }

    public Optional<SupportTicket> findForUpdate(String customerId, String ticketId) {
        String sql = "SELECT " + COLUMNS + " FROM support_tickets WHERE customer_id = ? AND id = ? FOR UPDATE";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customerId);
            statement.setString(2, ticketId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not load support ticket", e);
        }
    }

    public List<SupportTicket> list(String customerId, Optional<TicketStatus> status) {
        String sql = "SELECT " + COLUMNS + " FROM support_tickets WHERE customer_id = ?"
                + (status.isPresent() ? " AND status = CAST(? AS ticket_status)" : "")
                + " ORDER BY opened_at DESC, id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customerId);
            if (status.isPresent()) {
                statement.setString(2, status.get().wireName());
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<SupportTicket> tickets = new ArrayList<>();
                while (rows.next()) {
                    tickets.add(map(rows));
                }
                return tickets;
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not list support tickets", e);
        }
    }

    public void markResolved(String ticketId, Instant resolvedAt) {
        String sql = "UPDATE support_tickets SET status = 'resolved', resolved_at = ? WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(resolvedAt));
            statement.setString(2, ticketId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("could not resolve support ticket", e);
        }
    }

    private static SupportTicket map(ResultSet rows) throws SQLException {
        Timestamp resolvedAt = rows.getTimestamp("resolved_at");
        return new SupportTicket(
                rows.getString("id"),
                rows.getString("customer_id"),
                TicketPriority.fromWire(rows.getString("priority")),
                rows.getString("subject"),
                TicketStatus.fromWire(rows.getString("status")).orElseThrow(),
                rows.getTimestamp("opened_at").toInstant(),
                resolvedAt == null ? null : resolvedAt.toInstant());
    }
}
