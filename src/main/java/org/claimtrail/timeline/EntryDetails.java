package org.claimtrail.timeline;

import org.claimtrail.attribution.Wording;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.verdict.VerdictRating;

/**
 * What a desk's spreadsheet carries beside an entry's date and headline: for a statement, the
 * quote and whose words it is, how many sources and on what basis, the publisher and the source's
 * date; for both, why the claim has its status and the published verdict, if any. A statement also
 * says which origin it counts as (the speaker, or the outlet of anonymous sources: the sourcing
 * summary's rule) and, for a relay, whose sourcing it repeats, so three outlets carrying one
 * origin do not read as three sources.
 */
public record EntryDetails(
        String quote,
        Wording wording,
        Integer sourceCount,
        String basis,
        String publisher,
        FuzzyDate sourcePublished,
        String statusReason,
        VerdictRating verdict,
        String origin,
        String relays) {

    /** "the speaker's own words" / "the source's wording"; empty without a quote. */
    public String whoseWords() {
        if (quote == null || wording == null) {
            return "";
        }
        return wording == Wording.OWN ? "the speaker's own words" : "the source's wording";
    }
}
