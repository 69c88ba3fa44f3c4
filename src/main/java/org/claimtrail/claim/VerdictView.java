package org.claimtrail.claim;

import java.time.Instant;

/**
 * A claim's verdict as pages show it: the published one (for everyone) and the draft (for
 * editors). Either part may be absent.
 */
public record VerdictView(VerdictRating rating, String explanation, String reviewedBy, String approvedBy,
                          Instant publishedAt, VerdictRating draftRating, String draftExplanation, String draftedBy,
                          Instant draftedAt) {

    public static final VerdictView NONE = new VerdictView(null, null, null, null, null, null, null, null, null);

    public boolean published() {
        return rating != null;
    }

    public boolean hasDraft() {
        return draftRating != null;
    }
}
