package org.claimtrail.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (stopped, restarting, unreachable, pool exhausted)
 * from a failure of one statement. The first is worth a friendly "try again shortly"; the second
 * is a bug and stays a 500.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()))
                    // Commit or rollback failing at the JDBC level: the connection died mid-transaction
                    // (Hikari then reports a bare "Connection is closed" with no SQLSTATE).
                    || (cause instanceof org.hibernate.TransactionException
                            && cause.getCause() instanceof SQLException)) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (shut down, crashed, starting up). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
