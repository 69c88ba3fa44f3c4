package org.claimtrail.database;

/**
 * The embedded PostgreSQL could not start, with what to do about it: reported at start-up as a
 * description and an action ({@link EmbeddedPostgresFailureAnalyzer}), not as a stack trace.
 */
class EmbeddedPostgresUnavailable extends RuntimeException {

    private final String action;

    EmbeddedPostgresUnavailable(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
