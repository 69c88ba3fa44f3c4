package org.claimtrail.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Counts failed sign-ins per username as typed, whether or not the account exists, and locks
 * that name out for a while after too many. Kept in PostgreSQL so every instance sees the count.
 */
@Component
class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInThrottle(JdbcTemplate jdbc, Clock clock,
                   @Value("${claimtrail.sign-in.max-failures:5}") int maxFailures,
                   @Value("${claimtrail.sign-in.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    boolean isLocked(String username) {
        List<Timestamp> lockedUntil = jdbc.queryForList(
                "select locked_until from sign_in_throttle where username_key = ? and locked_until is not null",
                Timestamp.class, key(username));
        return !lockedUntil.isEmpty() && lockedUntil.get(0).toInstant().isAfter(clock.instant());
    }

    /** One more failure; the one that reaches the limit starts the lock-out and resets the count. */
    void recordFailure(String username) {
        Instant now = clock.instant();
        jdbc.update("""
                insert into sign_in_throttle (username_key, failures) values (?, 1)
                on conflict (username_key) do update set failures = sign_in_throttle.failures + 1""", key(username));
        jdbc.update("update sign_in_throttle set failures = 0, locked_until = ? where username_key = ? and failures >= ?",
                Timestamp.from(now.plus(lockout)), key(username), maxFailures);
    }

    void recordSuccess(String username) {
        jdbc.update("delete from sign_in_throttle where username_key = ?", key(username));
    }

    Duration lockout() {
        return lockout;
    }

    private static String key(String username) {
        String trimmed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
    }
}
