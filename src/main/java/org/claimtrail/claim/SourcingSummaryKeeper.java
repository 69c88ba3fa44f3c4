package org.claimtrail.claim;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the sourcing summaries of marked claims (V31), in the background on the primary: every
 * {@code claimtrail.sourcing.keep-every} (1 s; 0 turns it off) it keeps marked claims a batch at
 * a time until none are left. Readers never wait for it: a marked claim's summary is computed as
 * it always was, so the keeper only decides how often a page finds its summaries ready.
 */
@Component
class SourcingSummaryKeeper implements SmartLifecycle {

    /** The keeper's thread, by name: tests that count a page's statements leave it out. */
    static final String THREAD = "claimtrail-sourcing-summaries";

    static final int BATCH = 500;
    /** One keeper at a time across instances (pg_try_advisory_xact_lock), so rows only move forward. */
    private static final long LOCK = 0x536f757263696e67L;

    private static final Logger log = LoggerFactory.getLogger(SourcingSummaryKeeper.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Duration every;
    private final SourcingRule rule = SourcingRule.OF_THIS_RELEASE;
    private final String keep = rule.keep();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService thread;
    private volatile boolean otherRulesMarked;

    SourcingSummaryKeeper(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${claimtrail.sourcing.keep-every:1s}") Duration every) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.every = every;
    }

    /**
     * Keeps one batch of marked claims, if no other keeper is at work; returns how many claims it
     * kept (0 when none were marked or another keeper held the lock).
     */
    int keepSome() {
        Integer kept = transaction.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
                    .param("lock", LOCK)
                    .query(Boolean.class)
                    .single())) {
                return 0;
            }
            if (!otherRulesMarked) {
                // Rows another release's rule kept are never read by this one; keep them again by this rule.
                jdbc.sql("""
                                insert into claim_sourcing_stale (claim_id)
                                select claim_id from claim_sourcing where rule <> :rule""").param("rule", rule.hash()).update();
                otherRulesMarked = true;
            }
            return jdbc.sql(keep)
                    .param("batch", BATCH)
                    .param("rule", rule.hash())
                    .update();
        });
        return kept == null ? 0 : kept;
    }

    /** Keeps every marked claim (what the background thread does, for tests and tools). */
    int keepAll() {
        int total = 0;
        for (int kept = keepSome(); kept > 0; kept = keepSome()) {
            total += kept;
        }
        return total;
    }

    private void keepInBackground() {
        try {
            keepAll();
            reported.clear();
        } catch (RuntimeException e) {
            // Once per reason (the database is down, say), not once a second: readers compute
            // summaries meanwhile, so nothing a reader sees is wrong.
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (reported.add(reason)) {
                log.warn("Sourcing summaries are not being kept (pages compute them meanwhile): {}", reason);
            }
        }
    }

    @Override
    public void start() {
        if (every.isZero() || every.isNegative()) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread keeper = new Thread(runnable, THREAD);
            keeper.setDaemon(true);
            return keeper;
        });
        thread.scheduleWithFixedDelay(this::keepInBackground, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = thread;
        thread = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
