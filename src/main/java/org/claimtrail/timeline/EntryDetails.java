package org.claimtrail.timeline;

import org.claimtrail.attribution.Wording;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.verdict.VerdictRating;

/**
 * What a desk's spreadsheet carries beside an entry's date and headline: for a statement, the
 * quote and whose words it is, how many sources and on what basis, the publisher and the source's
 * date; for both, why the claim has its status and the published verdict, if any.
 */
public record EntryDetails(
        String quote,
        Wording wording,
        Integer sourceCount,
        String basis,
        String publisher,
        FuzzyDate sourcePublished,
        String statusReason,
        VerdictRating verdict) {

    /** "the speaker's own words" / "the source's wording"; empty without a quote. */
    public String whoseWords() {
        if (quote == null || wording == null) {
            return "";
        }
        return wording == Wording.OWN ? "the speaker's own words" : "the source's wording";
    }
}
