package org.claimtrail.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A streaming replica and whether visitors may read it now. A probe reads the content version on
 * both servers: the replica is skipped while a change the primary has is still missing from it
 * after the lag bound, or while it cannot be reached, and taken back once it has caught up.
 *
 * <p>Visitors never see time go backwards across pages on one instance: while the replica is
 * skipped the primary answers them, and the replica is taken back only once it has every version
 * the primary already showed them.
 */
public final class Replica {

    private static final Logger log = LoggerFactory.getLogger(Replica.class);

    /** What the last probe found, for routing and for health. */
    public record Reading(boolean usable, long version, Duration lag, String reason) {}

    private final DataSource replica;
    private final DataSource primary;
    private final Duration maxLag;
    private final Clock clock;
    private final AtomicLong shownFromPrimary = new AtomicLong();
    private volatile Reading reading = new Reading(false, 0, Duration.ZERO, "not probed yet");
    private long missingVersion;
    private Instant missingSince;

    Replica(DataSource replica, DataSource primary, Duration maxLag, Clock clock) {
        this.replica = replica;
        this.primary = primary;
        this.maxLag = maxLag;
        this.clock = clock;
    }

    DataSource dataSource() {
        return replica;
    }

    public Reading reading() {
        return reading;
    }

    public Duration maxLag() {
        return maxLag;
    }

    /**
     * Pins a visitor's request to the replica when it may answer, else leaves it on the primary
     * (then {@link #shownFromPrimary} must be told the version it shows).
     */
    ReadRoute.Pin pinVisitor() {
        Reading now = reading;
        if (now.usable() && now.version() >= shownFromPrimary.get()) {
            return ReadRoute.pinToReplica(this);
        }
        return null;
    }

    /** A visitor was shown this version by the primary: the replica must reach it before it answers again. */
    void shownFromPrimary(long version) {
        shownFromPrimary.accumulateAndGet(version, Math::max);
    }

    /** The replica failed under a request: skip it until the next probe finds it back. */
    void failed(Throwable failure) {
        Reading was = reading;
        reading = new Reading(false, was.version(), was.lag(), "unreachable: " + rootMessage(failure));
        // Once per reason, so a replica that is down, or never came up, is in the log once.
        if (was.usable() || !was.reason().equals(reading.reason())) {
            log.warn("Replica skipped: {}; visitors read the primary", reading.reason());
        }
    }

    synchronized void probe() {
        long onPrimary;
        try {
            onPrimary = versionOn(primary);
        } catch (SQLException | RuntimeException e) {
            return; // The primary's own health says so; the replica's reading stays as it was.
        }
        long onReplica;
        try {
            onReplica = versionOn(replica);
        } catch (SQLException | RuntimeException e) {
            failed(e);
            return;
        }
        observe(onPrimary, onReplica);
    }

    /** What a probe found: the content version on each server. */
    synchronized void observe(long onPrimary, long onReplica) {
        Instant now = clock.instant();
        if (missingSince != null && onReplica >= missingVersion) {
            missingSince = null;
        }
        if (missingSince == null && onReplica < onPrimary) {
            missingVersion = onPrimary;
            missingSince = now;
        }
        Duration lag = missingSince == null ? Duration.ZERO : Duration.between(missingSince, now);
        boolean usable = lag.compareTo(maxLag) <= 0;
        Reading was = reading;
        reading = new Reading(
                usable,
                onReplica,
                lag,
                usable
                        ? "in use"
                        : "skipped: a change the primary had " + lag.toSeconds() + " s ago is not on it yet (bound "
                                + maxLag.toSeconds() + " s)");
        if (was.usable() && !usable) {
            log.warn("Replica {}; visitors read the primary", reading.reason());
        } else if (!was.usable() && usable) {
            log.info("Replica in use again: it has every change the primary had");
        }
    }

    private static long versionOn(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select version from content_version")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
