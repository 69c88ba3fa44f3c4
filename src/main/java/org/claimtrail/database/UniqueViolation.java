package org.claimtrail.database;

import java.sql.SQLException;
import org.springframework.dao.DuplicateKeyException;

/** Tells a unique-index violation (SQLSTATE 23505: someone saved the same thing first) from other failures. */
public final class UniqueViolation {

    private UniqueViolation() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DuplicateKeyException
                    || (cause instanceof SQLException sql && "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
