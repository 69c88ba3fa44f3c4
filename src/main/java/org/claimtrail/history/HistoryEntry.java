package org.claimtrail.history;

import java.time.Instant;
import java.util.List;
import org.claimtrail.paging.Cursor;
import org.hibernate.envers.RevisionType;

/**
 * One change to one thing: revision, time, editor, what was changed (e.g. "Attribution 12"), how
 * (created, modified, deleted), the field-by-field diff, a link to the thing where one exists, and
 * its place in a history (newest first: revision, kind of thing, thing).
 */
public record HistoryEntry(
        long revision,
        Instant at,
        String username,
        String note,
        String subject,
        String link,
        RevisionType type,
        List<FieldChange> changes,
        Cursor key) {

    public String typeLabel() {
        return switch (type) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }
}
