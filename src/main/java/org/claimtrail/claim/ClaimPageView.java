package org.claimtrail.claim;

import java.util.List;
import java.util.Map;
import org.claimtrail.actor.ActorRef;

/**
 * Everything a claim's page shows, bounded whatever the claim: the first attributions of each
 * stance group with how many there are in all (the sections other modules add read their own).
 */
public record ClaimPageView(
        ClaimView claim, List<ActorRef> subjects, SourcingSummary summary, Map<StanceGroup, Group> groups) {

    /** How many attributions of a group a claim page shows. */
    public static final int FIRST_ROWS = 20;

    /** The first attributions of one stance group, and how many the group has. */
    public record Group(List<AttributionRow> first, long total) {

        public boolean hasMore() {
            return total > first.size();
        }
    }
}
