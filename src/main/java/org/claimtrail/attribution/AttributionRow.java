package org.claimtrail.attribution;

import java.time.Instant;
import org.claimtrail.actor.ActorRef;
import org.claimtrail.claim.Stance;
import org.claimtrail.claim.StanceGroup;
import org.claimtrail.date.DateView;
import org.claimtrail.source.SourceRef;

/**
 * One attribution as a page shows it, with its claim and source. Its quote is cut to
 * {@link #QUOTE_SHOWN} characters in lists; {@code quoteLength} says how long it really is.
 */
public record AttributionRow(
        long id,
        long claimId,
        String claimSlug,
        String claimStatement,
        Stance stance,
        ActorRef speaker,
        String speakerDescription,
        boolean anonymous,
        Integer sourceCount,
        String basis,
        String anonymityReason,
        String quote,
        int quoteLength,
        Wording wording,
        String relaysOrigin,
        DateView stated,
        SourceRef source,
        String withdrawnReason,
        Instant withdrawnAt) {

    /** Enough of a quote for a list; the attribution's own page shows all of it. */
    public static final int QUOTE_SHOWN = 1500;

    /** The stance as a verb agreeing with the speaker: "several officials assert". */
    public String stanceVerb() {
        return stance.verbFor(speakerDescription, speaker != null);
    }

    /** Whether the quote is the speaker's own words: only those are set as a quotation. */
    public boolean ownWords() {
        return quote != null && wording == Wording.OWN;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean quoteShortened() {
        return quote != null && quoteLength > quote.length();
    }

    /**
     * Whose words the quote is, for a reader: "Elon Musk’s own words, as quoted", or "Wording in
     * the tracked report, not Elon Musk’s own". Null without a quote.
     */
    public String wordingNote() {
        if (quote == null) {
            return null;
        }
        String who = speaker != null ? speaker.name() : "the speaker";
        String where = source.publisher() != null ? source.publisher().name() : source.title();
        return wording == Wording.OWN
                ? who + "’s own words, as quoted"
                : "Wording in " + where + ", not " + who + "’s own";
    }

    /** "Relays the sourcing of The Wall Street Journal", or null for an origin. */
    public String relayNote() {
        return relaysOrigin == null ? null : "Relays the sourcing of " + relaysOrigin;
    }

    public StanceGroup group() {
        return stance.group();
    }
}
