package io.unmogrowp.customersuccess.health.repository;

import io.unmogrowp.customersuccess.common.persistence.DataAccessException;
import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.customers.repository.CustomerRepository;
import io.unmogrowp.customersuccess.health.CustomerSignals;
import io.unmogrowp.customersuccess.savings.CostBaseline;
import io.unmogrowp.customersuccess.tickets.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Loads customers with their survey, ticket and savings aggregates in a single round trip. */
@ApplicationScoped
public class CustomerSignalsRepository {

    private static final String SQL = "SELECT " + CustomerRepository.COLUMNS + ", "
            + "s.average_score, s.responses, "
            + "t.open_low, t.open_normal, t.open_high, t.open_urgent, "
            + "b.previous_monthly_cost, b.current_monthly_cost, b.currency, b.recorded_at "
            + "FROM customers c "
            + "LEFT JOIN LATERAL (SELECT avg(score)::float8 AS average_score, count(*) AS responses "
            + "  FROM survey_responses r WHERE r.customer_id = c.id AND r.submitted_at >= ?) s ON true "
            + "LEFT JOIN LATERAL (SELECT "
            + "  count(*) FILTER (WHERE priority = 'low') AS open_low, "
            + "  count(*) FILTER (WHERE priority = 'normal') AS open_normal, "
            + "  count(*) FILTER (WHERE priority = 'high') AS open_high, "
            + "  count(*) FILTER (WHERE priority = 'urgent') AS open_urgent "
            + "  FROM support_tickets t WHERE t.customer_id = c.id AND t.status = 'open') t ON true "
            + "LEFT JOIN LATERAL (SELECT previous_monthly_cost, current_monthly_cost, currency, recorded_at "
            + "  FROM cost_baselines cb WHERE cb.customer_id = c.id ORDER BY cb.recorded_at DESC, cb.id DESC LIMIT 1) b ON true ";

    private final DataSource dataSource;

    public CustomerSignalsRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param satisfactionSince survey responses before this moment are ignored */
    public List<CustomerSignals> findAll(Instant satisfactionSince) {
        return query(SQL + "ORDER BY c.created_at, c.id", satisfactionSince, null);
    }

    public Optional<CustomerSignals> findById(String customerId, Instant satisfactionSince) {
        return query(SQL + "WHERE c.id = ?", satisfactionSince, customerId).stream().findFirst();
    }

    private List<CustomerSignals> query(String sql, Instant satisfactionSince, String customerId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(satisfactionSince));
            if (customerId != null) {
                statement.setString(2, customerId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<CustomerSignals> signals = new ArrayList<>();
                while (rows.next()) {
                    signals.add(map(rows));
                }
                return signals;
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not load customer signals", e);
        }
    }

    private static CustomerSignals map(ResultSet rows) throws SQLException {
        Customer customer = CustomerRepository.map(rows);
        double average = rows.getDouble("average_score");
        OptionalDouble satisfaction = rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(average);
        Map<TicketPriority, Integer> open = new EnumMap<>(TicketPriority.class);
        open.put(TicketPriority.LOW, rows.getInt("open_low"));
        open.put(TicketPriority.NORMAL, rows.getInt("open_normal"));
        open.put(TicketPriority.HIGH, rows.getInt("open_high"));
        open.put(TicketPriority.URGENT, rows.getInt("open_urgent"));
        BigDecimal previous = rows.getBigDecimal("previous_monthly_cost");
        OptionalDouble savings = previous == null
                ? OptionalDouble.empty()
                : OptionalDouble.of(new CostBaseline(customer.id(), previous, rows.getBigDecimal("current_monthly_cost"),
                        rows.getString("currency"), rows.getTimestamp("recorded_at").toInstant()).savingsPercent());
        return new CustomerSignals(customer, satisfaction, rows.getInt("responses"), Map.copyOf(open), savings);
    }
}
