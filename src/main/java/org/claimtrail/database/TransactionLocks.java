package org.claimtrail.database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * PostgreSQL advisory locks held until the current transaction ends. "Check, then insert" is a
 * race between two requests (two instances, two tabs): both see that a name is free and one
 * fails on the unique index. Taking the lock for that name first makes the second wait until the
 * first has committed, so its check sees the first one's row. Works across every instance
 * sharing the database; costs nothing for work that does not take the same lock.
 */
@Component
public class TransactionLocks {

    private final JdbcTemplate jdbc;

    TransactionLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other transaction holds {@code key}, then holds it until this one ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String key) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", resultSet -> {}, key);
    }
}
