package org.claimtrail.desk;

import java.time.Instant;

/** One of the desk's internal notes on a claim: its words, who wrote it, when, and when last edited. */
public record DeskNote(
        long id, long claimId, String body, String author, Instant writtenAt, Instant editedAt, long version) {

    /** Its author, and no one else, edits a note. */
    public boolean writtenBy(String editor) {
        return author.equals(editor);
    }
}
