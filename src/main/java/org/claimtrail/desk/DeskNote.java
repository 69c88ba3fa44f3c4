package org.claimtrail.desk;

import java.time.Instant;

/**
 * One of the desk's internal notes on a claim, an attribution or a source (the other two ids are
 * null, {@code claimId} 0): its words, who wrote it, when, and when last edited.
 */
public record DeskNote(
        long id,
        long claimId,
        Long attributionId,
        Long sourceId,
        String body,
        String author,
        Instant writtenAt,
        Instant editedAt,
        long version) {

    public boolean onClaim() {
        return attributionId == null && sourceId == null;
    }

    /** The page of an attribution's or a source's note (a claim's is found by its slug). */
    public String itemPath() {
        return attributionId != null
                ? "/attributions/" + attributionId
                : sourceId != null ? "/sources/" + sourceId : null;
    }

    /** Its author, and no one else, edits a note. */
    public boolean writtenBy(String editor) {
        return author.equals(editor);
    }
}
