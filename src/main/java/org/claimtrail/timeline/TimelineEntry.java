package org.claimtrail.timeline;

import java.util.List;
import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.claim.Stance;
import org.claimtrail.date.DateView;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.paging.Cursor;

/**
 * One point on the timeline: a claimed EVENT at its date, or a STATEMENT at the date it was made
 * (an attribution's own date, else its source's publication date), with its place in the
 * timeline's order ({@code key}).
 */
public record TimelineEntry(
        Kind kind,
        String claimSlug,
        String statement,
        ClaimStatus status,
        List<String> topics,
        FuzzyDate date,
        Long attributionId,
        Long sourceId,
        String sourceTitle,
        String sourceUrl,
        Stance stance,
        String speaker,
        boolean anonymous,
        String subjects,
        String storySlug,
        String storyTitle,
        EntryDetails details,
        Cursor key) {

    public enum Kind {
        EVENT,
        STATEMENT
    }

    /**
     * What happened, or who said what: "Dmitry Peskov denies: Musk and Putin have been …". A relay
     * says so ("… assert (relaying The Wall Street Journal’s sourcing): …"): it repeats another
     * outlet's sources, and read as a new statement of theirs at the relay's date.
     */
    public String headline() {
        if (kind == Kind.EVENT) {
            return statement;
        }
        return speaker + " " + stanceVerb() + relaying() + ": " + statement;
    }

    /** " (relaying The Wall Street Journal’s sourcing)" for a relay, else nothing. */
    public String relaying() {
        return details == null || details.relays() == null ? "" : " (relaying " + details.relays() + "’s sourcing)";
    }

    public String stanceVerb() {
        // The speaker column holds a named actor's name or else the description, so agreement is read from it.
        return stance == null ? "" : stance.verbFor(speaker, false);
    }

    /** The people and organisations involved: the claim's subjects, or the statement's speaker. */
    public String actors() {
        return kind == Kind.EVENT ? subjects : speaker;
    }

    /**
     * Reporting against the claim, which the timeline marks on the event only: a statement row
     * ("the Kremlin did not respond") is not itself disputed, and the mark there misread as if it were.
     */
    public boolean contested() {
        return kind == Kind.EVENT && status.isContested();
    }

    /** The date as pages show it: words, tooltip, machine-readable form. */
    public DateView dateView() {
        return DateView.of(date);
    }

    /** The year it files under: its first year, or for an open start its last. */
    public int year() {
        return date.earliest() != null
                ? date.earliest().getYear()
                : date.latest().getYear();
    }
}
