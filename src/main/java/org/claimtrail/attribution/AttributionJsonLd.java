package org.claimtrail.attribution;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.claimtrail.claim.ClaimJsonLd;
import org.claimtrail.claim.StanceGroup;
import org.claimtrail.source.SourceRef;

/**
 * What the attributions a claim's page shows add to its schema.org Claim: the named speakers who
 * assert it (author), the sources it appeared in, asserted (appearance), and the earliest of those with an
 * exact date (firstAppearance). Withdrawn attributions add nothing; bounded like the page.
 */
final class AttributionJsonLd {

    private AttributionJsonLd() {}

    static void describe(AttributionGroups groups, Map<String, Object> node) {
        List<AttributionRow> shown =
                groups.shown().stream().filter(a -> !a.withdrawn()).toList();
        // Where the claim appeared: the sources that carry it, not those of who denies it or declines.
        List<SourceRef> sources = shown.stream()
                .filter(a -> a.group() == StanceGroup.ASSERTS)
                .map(AttributionRow::source)
                .distinct()
                .toList();
        ClaimJsonLd.putUnlessEmpty(
                node,
                "author",
                shown.stream()
                        .filter(a -> a.group() == StanceGroup.ASSERTS && a.speaker() != null)
                        .map(AttributionRow::speaker)
                        .distinct()
                        .map(ClaimJsonLd::thing)
                        .toList());
        ClaimJsonLd.putUnlessEmpty(
                node, "appearance", sources.stream().map(ClaimJsonLd::work).toList());
        sources.stream()
                .filter(s -> s.published() != null && s.published().iso() != null)
                .min(Comparator.comparing(s -> s.published().earliest()))
                .ifPresent(first -> node.put("firstAppearance", ClaimJsonLd.work(first)));
    }
}
