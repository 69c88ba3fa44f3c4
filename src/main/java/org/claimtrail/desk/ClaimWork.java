package org.claimtrail.desk;

import java.time.Instant;

/**
 * Where the desk's checking of a claim stands and who has it; internal, never shown to readers.
 * {@link #NONE} for a claim nobody has moved yet.
 */
public record ClaimWork(
        long claimId,
        String state,
        String stateLabel,
        String assignee,
        String changedBy,
        Instant changedAt,
        long version) {

    static ClaimWork none(long claimId) {
        return new ClaimWork(claimId, null, null, null, null, null, -1);
    }

    public boolean started() {
        return state != null;
    }
}
