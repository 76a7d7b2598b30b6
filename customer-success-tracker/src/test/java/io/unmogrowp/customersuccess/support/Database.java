package io.unmogrowp.customersuccess.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct database access for tests that need an empty programme to assert totals. */
public final class Database {

    private Database() {
    }

    public static void removeAllCustomers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE customers CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not clear customers", e);
        }
    }
}
