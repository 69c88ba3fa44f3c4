package org.claimtrail.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The failures seen while PostgreSQL stopped under load (DatabaseOutageIT), and some that are not outages. */
class DatabaseOutageTest {

    @Test
    void failuresOfTheDatabaseItselfAreOutages() {
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException(
                        "no connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLException("refused", "08001", new ConnectException()))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .isTrue();
    }

    @Test
    void failuresOfOneStatementAreNot() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("syntax error", "42601"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new org.hibernate.TransactionException("Transaction already active")))
                .isFalse();
    }
}
