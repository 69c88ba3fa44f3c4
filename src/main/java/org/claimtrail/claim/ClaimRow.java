package org.claimtrail.claim;

import org.claimtrail.date.DateView;
import org.claimtrail.story.StoryRef;

import java.util.List;

/** One claim as a list shows it: a projection read with its sourcing summary, never an entity graph. */
public record ClaimRow(long id, String slug, String statement, ClaimStatus status, String statusReason, DateView event,
                       List<String> topics, StoryRef story, boolean withdrawn, SourcingSummary summary) {

    ClaimRow withSummary(SourcingSummary summary) {
        return new ClaimRow(id, slug, statement, status, statusReason, event, topics, story, withdrawn, summary);
    }
}
