package org.claimtrail.attribution;

import java.util.List;
import java.util.Map;
import org.claimtrail.claim.StanceGroup;

/**
 * Who says so, as a claim's page shows it, bounded whatever the claim: the first attributions of
 * each stance group, with how many the group has in all.
 */
public record AttributionGroups(Map<StanceGroup, Group> groups) {

    /** How many attributions of a group a claim page shows. */
    public static final int FIRST_ROWS = 20;

    /** The first attributions of one stance group, and how many the group has. */
    public record Group(List<AttributionRow> first, long total) {

        public boolean hasMore() {
            return total > first.size();
        }
    }

    /** The rows shown, every group's, in group order. */
    public List<AttributionRow> shown() {
        return groups.values().stream().flatMap(g -> g.first().stream()).toList();
    }
}
