package org.claimtrail.claim;

import java.util.List;
import org.claimtrail.actor.ActorRef;

/**
 * The head of a claim's page, bounded whatever the claim: the claim, whom it is about, and its
 * sourcing summary. Who says so, related claims, the verdict and the desk's work are sections
 * their modules add ({@link ClaimPageSection}), each reading its own rows.
 */
public record ClaimPageView(ClaimView claim, List<ActorRef> subjects, SourcingSummary summary) {}
