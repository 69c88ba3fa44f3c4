package org.claimtrail.claim;

import java.util.List;
import java.util.Map;
import org.claimtrail.actor.ActorRef;

/**
 * Everything a claim's page shows, bounded whatever the claim: the first attributions of each
 * stance group with how many there are in all, the first links each way with their totals.
 */
public record ClaimPageView(
        ClaimView claim,
        List<ActorRef> subjects,
        SourcingSummary summary,
        Map<StanceGroup, Group> groups,
        List<LinkRow> outgoing,
        long outgoingTotal,
        List<LinkRow> incoming,
        long incomingTotal) {

    /** How many attributions of a group, and of links each way, a claim page shows. */
    public static final int FIRST_ROWS = 20;

    /** The first attributions of one stance group, and how many the group has. */
    public record Group(List<AttributionRow> first, long total) {

        public boolean hasMore() {
            return total > first.size();
        }
    }

    /** The links shown, outgoing first. */
    public List<LinkRow> linksShown() {
        return java.util.stream.Stream.concat(outgoing.stream(), incoming.stream())
                .toList();
    }

    public boolean hasLinks() {
        return outgoingTotal + incomingTotal > 0;
    }
}
