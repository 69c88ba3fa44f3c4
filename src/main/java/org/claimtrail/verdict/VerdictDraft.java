package org.claimtrail.verdict;

import java.time.Instant;

/** A draft verdict waiting to be published: which claim it judges, what it says, who wrote it and when. */
public record VerdictDraft(
        long id, long claimId, VerdictRating rating, String explanation, String draftedBy, Instant draftedAt) {}
