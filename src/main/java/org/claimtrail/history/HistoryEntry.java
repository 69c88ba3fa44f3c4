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

    /**
     * Who made the change, for readers: an editor's name, or for what the migrations wrote, the
     * desk in plain words ("seed correction (V12)" told a reader nothing but our release numbers).
     */
    public String byline() {
        return byline(username);
    }

    static String byline(String username) {
        if ("seed migration".equals(username)) {
            return "the desk, first published";
        }
        if (username != null && username.startsWith("seed correction")) {
            return "the desk, correcting what it first published";
        }
        return username;
    }

    public String typeLabel() {
        return switch (type) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }
}
