package org.claimtrail.source;

import org.claimtrail.actor.ActorRef;
import org.claimtrail.date.DateView;

import java.time.LocalDate;

/** A source as its page shows it. */
public record SourceView(long id, SourceKind kind, String title, ActorRef publisher, String author, String url,
                         String archiveUrl, DateView published, LocalDate retrievedOn) {

    public SourceRef ref() {
        return new SourceRef(id, title, kind, url, publisher, published);
    }
}
