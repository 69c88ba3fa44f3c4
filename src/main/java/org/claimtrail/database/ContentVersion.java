package org.claimtrail.database;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The content version: a number every committed change to what readers see moves on (kept by
 * the database's triggers, so every instance sharing it agrees), and when it last moved. Pages for
 * visitors carry it as their ETag, and cached pages are keyed by it.
 */
@Component
public class ContentVersion {

    /** The version and the time of the change that made it. */
    public record Version(long number, Instant changedAt) {}

    private final JdbcClient jdbc;

    ContentVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Version current() {
        // On a visitor's request, read on the server that renders the page (ReadRoute).
        return ReadRoute.failingOverToPrimary(() -> jdbc.sql("select version, changed_at from content_version")
                .query((rs, n) -> new Version(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .single());
    }
}
