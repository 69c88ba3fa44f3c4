package org.claimtrail.claim;

import org.claimtrail.database.TransactionLocks;
import org.claimtrail.site.NotFound;
import org.claimtrail.source.Source;
import org.claimtrail.source.SourceService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Sources taken out of the record without losing it. Withdrawing a source withdraws what is
 * attributed to it, with the source's reason, so no sourcing summary leans on it. Merging a
 * duplicate (admins only) moves its attributions to the source it repeats and withdraws it,
 * pointing there. Here, not in the source module, because attributions belong to claims.
 */
@Service
@Transactional
public class SourceRetirement {

    private final SourceService sources;
    private final AttributionRepository attributions;
    private final TransactionLocks locks;
    private final Clock clock;

    SourceRetirement(SourceService sources, @Lazy AttributionRepository attributions, TransactionLocks locks, Clock clock) {
        this.sources = sources;
        this.attributions = attributions;
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

    /** Withdraws the source and each live attribution to it; returns how many attributions were withdrawn. */
    public int withdraw(long sourceId, String reason) {
        lockSources(sourceId);
        Source source = load(sourceId);
        refuseIfWithdrawn(source);
        source.withdraw(reason, clock.instant(), null);
        int withdrawn = 0;
        for (Attribution attribution : attributions.findBySource(source)) {
            if (!attribution.isWithdrawn()) {
                attribution.withdraw("Its source was withdrawn: " + reason, clock.instant());
                withdrawn++;
            }
        }
        return withdrawn;
    }

    /** Moves every attribution of the duplicate to {@code intoId} and withdraws the duplicate; returns how many moved. */
    public int merge(long duplicateId, long intoId) {
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
        int moved = 0;
        for (Attribution attribution : attributions.findBySource(duplicate)) {
            attribution.moveTo(into);
            moved++;
        }
        duplicate.withdraw("Duplicate of source " + intoId + " (" + into.getTitle() + "); its attributions moved there.",
                clock.instant(), into);
        return moved;
    }

    private Source load(long id) {
        return sources.find(id).orElseThrow(() -> new NotFound("There is no source number " + id + "."));
    }

    private static void refuseIfWithdrawn(Source source) {
        if (source.isWithdrawn()) {
            throw new IllegalArgumentException("This source was already withdrawn: " + source.getWithdrawnReason());
        }
    }
}
