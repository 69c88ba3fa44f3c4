package org.claimtrail.source;

import java.time.LocalDate;
import org.claimtrail.actor.ActorRef;
import org.claimtrail.date.DateView;

/**
 * A source as its page shows it. {@code title} is as readers see it: in [square brackets] when it
 * is the editors' description ({@code titleIsDescription}), the real headline not being known.
 */
public record SourceView(
        long id,
        SourceKind kind,
        String title,
        ActorRef publisher,
        String author,
        String url,
        String archiveUrl,
        DateView published,
        LocalDate retrievedOn,
        boolean titleIsDescription,
        String withdrawnReason,
        Long mergedIntoId) {

    public boolean withdrawn() {
        return withdrawnReason != null;
    }

    public SourceRef ref() {
        return new SourceRef(id, title, kind, url, publisher, published);
    }
}
