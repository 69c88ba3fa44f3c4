package org.claimtrail.claim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything a claim's page shows: the claim, its attributions by stance, and links both ways. */
public record ClaimPage(Claim claim, List<ClaimLink> outgoing, List<ClaimLink> incoming) {

    static ClaimPage of(Claim claim, List<ClaimLink> links) {
        List<ClaimLink> outgoing = new ArrayList<>();
        List<ClaimLink> incoming = new ArrayList<>();
        for (ClaimLink link : links) {
            (link.getFrom().getId().equals(claim.getId()) ? outgoing : incoming).add(link);
        }
        return new ClaimPage(claim, List.copyOf(outgoing), List.copyOf(incoming));
    }

    /** Every stance group in a fixed order, empty ones included, so a page can say "none recorded". */
    public Map<StanceGroup, List<Attribution>> attributionsByStance() {
        Map<StanceGroup, List<Attribution>> groups = new EnumMap<>(StanceGroup.class);
        for (StanceGroup group : StanceGroup.values()) {
            groups.put(group, new ArrayList<>());
        }
        for (Attribution attribution : claim.getAttributions()) {
            groups.get(attribution.getStance().group()).add(attribution);
        }
        return groups;
    }

    public SourcingSummary summary() {
        return claim.getSourcingSummary();
    }
}
