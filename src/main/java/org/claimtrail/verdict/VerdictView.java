package org.claimtrail.verdict;

import java.time.Instant;

/**
 * A claim's verdict as pages show it: the published one (for everyone) and the draft (for
 * editors). Either part may be absent. {@code version} names the draft as it was read: publishing
 * names it back, so what is published is exactly the draft the publisher read.
 */
public record VerdictView(
        VerdictRating rating,
        String explanation,
        String reviewedBy,
        String approvedBy,
        Instant publishedAt,
        VerdictRating draftRating,
        String draftExplanation,
        String draftedBy,
        Instant draftedAt,
        long version) {

    public static final VerdictView NONE = new VerdictView(null, null, null, null, null, null, null, null, null, 0);

    public boolean published() {
        return rating != null;
    }

    public boolean hasDraft() {
        return draftRating != null;
    }
}
