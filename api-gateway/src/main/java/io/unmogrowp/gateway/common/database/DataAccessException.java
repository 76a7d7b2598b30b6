package io.unmogrowp.gateway.common.database;

import java.sql.SQLException;

/** An SQL failure surfaced from a repository; connection-class failures mean PostgreSQL is unreachable. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String message, SQLException cause) {
        super(message, cause);
    }

    public boolean isConnectionFailure() {
        return getCause() instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08");
    }
}
