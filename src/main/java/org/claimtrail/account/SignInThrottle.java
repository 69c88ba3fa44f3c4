package org.claimtrail.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Keeps guessing passwords expensive without handing anyone a button that locks an editor out.
 * Editor names are public (history, feed), so a rule that locks a name after a few failures from
 * anywhere would let any visitor lock any editor out. Two rules instead, both kept in PostgreSQL
 * so every instance counts the same:
 * <ol>
 *   <li>per name and client address: after {@code max-failures} failures in a row that address is
 *       locked out of that name for {@code lockout} (a short lock; other addresses are unaffected);</li>
 *   <li>per name, from every address: once a name has had {@code account-failures} failures within
 *       {@code account-window}, each further attempt must wait a delay that doubles with every
 *       failure, up to {@code account-max-delay}. This slows a spread-out attack to a crawl while
 *       the real editor waits at most that long.</li>
 * </ol>
 * Names count whether or not an account exists, so neither rule reveals which accounts do.
 */
@Component
class SignInThrottle {

    /** Refused because the name has had too many failures from everywhere; try again after {@link #wait}. */
    static final class SlowedDown extends AuthenticationException {
        private final Duration wait;

        SlowedDown(Duration wait) {
            super("too many failed sign-ins for this name; wait " + wait.toSeconds() + " s");
            this.wait = wait;
        }

        Duration getWait() {
            return wait;
        }
    }

    private static final int MAX_ADDRESS_LENGTH = 64;
    private static final int CLEAN_UP_EVERY = 1000;
    private static final Duration KEEP = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final int accountFailures;
    private final Duration accountWindow;
    private final Duration accountMaxDelay;
    private final AtomicLong failuresSinceCleanUp = new AtomicLong();

    SignInThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${claimtrail.sign-in.max-failures:5}") int maxFailures,
            @Value("${claimtrail.sign-in.lockout:5m}") Duration lockout,
            @Value("${claimtrail.sign-in.account-failures:20}") int accountFailures,
            @Value("${claimtrail.sign-in.account-window:15m}") Duration accountWindow,
            @Value("${claimtrail.sign-in.account-max-delay:60s}") Duration accountMaxDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.accountFailures = accountFailures;
        this.accountWindow = accountWindow;
        this.accountMaxDelay = accountMaxDelay;
    }

    /** Throws when this address is locked out of this name, or the name asks everyone to wait. */
    void check(String usernameKey, String address) {
        Instant now = clock.instant();
        List<Timestamp> lockedUntil =
                jdbc.queryForList("""
                select locked_until from sign_in_failure
                where username_key = ? and client_address = ? and locked_until > ?""", Timestamp.class, usernameKey, address(address), Timestamp.from(now));
        if (!lockedUntil.isEmpty()) {
            throw new LockedException("too many failed sign-ins");
        }
        waitBeforeNextAttempt(usernameKey, now).ifPresent(wait -> {
            throw new SlowedDown(wait);
        });
    }

    /** One more failure for the name from this address, and for the name from everywhere. */
    void recordFailure(String usernameKey, String address) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into sign_in_failure (username_key, client_address, failures, last_failure_at)
                values (?, ?, 1, ?)
                on conflict (username_key, client_address) do update
                set failures = sign_in_failure.failures + 1, last_failure_at = excluded.last_failure_at""", usernameKey, address(address), now);
        // The failure that reaches the limit starts the lock and resets the count.
        jdbc.update("""
                update sign_in_failure set failures = 0, locked_until = ?
                where username_key = ? and client_address = ? and failures >= ?""", Timestamp.from(now.toInstant().plus(lockout)), usernameKey, address(address), maxFailures);
        jdbc.update("""
                insert into sign_in_account_failure (username_key, failures, last_failure_at) values (?, 1, ?)
                on conflict (username_key) do update
                set failures = case when sign_in_account_failure.last_failure_at < ? then 1
                                    else sign_in_account_failure.failures + 1 end,
                    last_failure_at = excluded.last_failure_at""", usernameKey, now, Timestamp.from(now.toInstant().minus(accountWindow)));
        if (failuresSinceCleanUp.incrementAndGet() % CLEAN_UP_EVERY == 0) {
            forgetOldFailures(now.toInstant());
        }
    }

    /** The right password: this address starts afresh, and so does the name. */
    void recordSuccess(String usernameKey, String address) {
        jdbc.update(
                "delete from sign_in_failure where username_key = ? and client_address = ?",
                usernameKey,
                address(address));
        jdbc.update("delete from sign_in_account_failure where username_key = ?", usernameKey);
    }

    Duration lockout() {
        return lockout;
    }

    Duration accountMaxDelay() {
        return accountMaxDelay;
    }

    private Optional<Duration> waitBeforeNextAttempt(String usernameKey, Instant now) {
        List<Instant> nextAttempt = jdbc.query(
                """
                select failures, last_failure_at from sign_in_account_failure
                where username_key = ? and last_failure_at >= ? and failures >= ?""",
                (rs, row) -> rs.getTimestamp("last_failure_at").toInstant().plus(delayAfter(rs.getInt("failures"))),
                usernameKey,
                Timestamp.from(now.minus(accountWindow)),
                accountFailures);
        return nextAttempt.stream()
                .filter(next -> next.isAfter(now))
                .map(next -> Duration.between(now, next))
                .findFirst();
    }

    /** 1 s once the name reaches the limit, doubling with each failure after it, up to the maximum. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - accountFailures, 30);
        Duration delay = Duration.ofSeconds(1L << Math.max(0, doublings));
        return delay.compareTo(accountMaxDelay) > 0 ? accountMaxDelay : delay;
    }

    /** Nobody needs a day-old count; without this, guessing random names would grow the tables forever. */
    private void forgetOldFailures(Instant now) {
        Timestamp before = Timestamp.from(now.minus(KEEP));
        jdbc.update(
                "delete from sign_in_failure where last_failure_at < ? and (locked_until is null or locked_until < ?)",
                before,
                before);
        jdbc.update("delete from sign_in_account_failure where last_failure_at < ?", before);
    }

    private static String address(String address) {
        String known = address == null || address.isBlank() ? "unknown" : address;
        return known.length() > MAX_ADDRESS_LENGTH ? known.substring(0, MAX_ADDRESS_LENGTH) : known;
    }
}
