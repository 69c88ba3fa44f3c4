package org.claimtrail.claim;

import java.time.Instant;
import java.util.List;
import org.claimtrail.date.DateView;
import org.claimtrail.story.StoryRef;

/** A claim's own facts, as its page shows them. */
public record ClaimView(
        long id,
        String slug,
        String statement,
        ClaimStatus status,
        String statusReason,
        DateView event,
        List<String> topics,
        StoryRef story,
        String withdrawnReason,
        Instant withdrawnAt) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
