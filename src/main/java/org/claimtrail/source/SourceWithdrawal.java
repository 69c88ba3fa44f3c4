package org.claimtrail.source;

import java.time.Clock;
import org.claimtrail.database.TransactionLocks;
import org.claimtrail.site.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sources taken out of the record without losing it. Withdrawing a source withdraws what is
 * attributed to it, with the source's reason, so no sourcing summary leans on it. Merging a
 * duplicate (admins only) moves its attributions to the source it repeats and withdraws it,
 * pointing there. What rests on a source is other modules' (attributions are the claim
 * module's): they hear of it by event ({@link SourceWithdrawn}, {@link SourceMerged}) inside the
 * same transaction, so the source and what rests on it change together or not at all.
 */
@Service
@Transactional
public class SourceWithdrawal {

    private final SourceService sources;
    private final ApplicationEventPublisher events;
    private final TransactionLocks locks;
    private final Clock clock;

    SourceWithdrawal(SourceService sources, ApplicationEventPublisher events, TransactionLocks locks, Clock clock) {
        this.sources = sources;
        this.events = events;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Holds the sources, lowest number first, until the transaction ends, and only then reads them:
     * of two simultaneous merges A into B and B into A, the second sees A withdrawn and is refused,
     * instead of both succeeding into a cycle.
     */
    private void lockSources(long... ids) {
        java.util.Arrays.stream(ids).sorted().distinct().forEach(id -> locks.lock("source:" + id));
    }

    /** Withdraws the source, and with it (by {@link SourceWithdrawn}) what rests on it. */
    public void withdraw(long sourceId, String reason) {
        lockSources(sourceId);
        Source source = load(sourceId);
        refuseIfWithdrawn(source);
        source.withdraw(reason, clock.instant(), null);
        events.publishEvent(new SourceWithdrawn(sourceId, reason, clock.instant()));
    }

    /** Withdraws the duplicate as a duplicate of {@code intoId}; what rested on it moves there ({@link SourceMerged}). */
    public void merge(long duplicateId, long intoId) {
        if (duplicateId == intoId) {
            throw new IllegalArgumentException("A source cannot be merged into itself.");
        }
        lockSources(duplicateId, intoId);
        Source duplicate = load(duplicateId);
        Source into = load(intoId);
        refuseIfWithdrawn(duplicate);
        if (into.isWithdrawn()) {
            throw new IllegalArgumentException("Source " + intoId + " is withdrawn; merge into a source still in use.");
        }
        duplicate.withdraw(
                "Duplicate of source " + intoId + " (" + into.getTitle() + "); its attributions moved there.",
                clock.instant(),
                into);
        events.publishEvent(new SourceMerged(duplicateId, intoId, clock.instant()));
    }

    private Source load(long id) {
        return sources.find(id).orElseThrow(() -> NotFound.source(id));
    }

    private static void refuseIfWithdrawn(Source source) {
        if (source.isWithdrawn()) {
            throw new IllegalArgumentException("This source was already withdrawn: " + source.getWithdrawnReason());
        }
    }
}
