package org.claimtrail.claim;

import java.util.List;
import org.claimtrail.date.DateView;
import org.claimtrail.story.StoryRef;

/** One claim as a list shows it: a projection read with its sourcing summary, never an entity graph. */
public record ClaimRow(
        long id,
        String slug,
        String statement,
        ClaimStatus status,
        String statusReason,
        DateView event,
        List<String> topics,
        StoryRef story,
        boolean withdrawn,
        SourcingSummary summary) {

    /** The story page's date order: the event's first day, else its last, undated claims last. */
    java.time.LocalDate sortDate() {
        if (event == null) {
            return UNDATED;
        }
        return event.earliest() != null ? event.earliest() : event.latest() != null ? event.latest() : UNDATED;
    }

    private static final java.time.LocalDate UNDATED = java.time.LocalDate.of(9999, 12, 31);

    ClaimRow withSummary(SourcingSummary summary) {
        return new ClaimRow(id, slug, statement, status, statusReason, event, topics, story, withdrawn, summary);
    }
}
