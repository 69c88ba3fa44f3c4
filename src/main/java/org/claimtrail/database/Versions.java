package org.claimtrail.database;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * No lost updates: an edit names the version it started from. If the stored version moved on,
 * someone else saved in between, and the edit is refused the same way Hibernate refuses a
 * concurrent flush, so controllers handle both races in one place.
 */
public final class Versions {

    private Versions() {}

    public static void check(Class<?> type, Object id, Long expectedVersion, long currentVersion) {
        if (expectedVersion == null || expectedVersion != currentVersion) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
