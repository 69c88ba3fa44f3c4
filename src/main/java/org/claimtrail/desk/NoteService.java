package org.claimtrail.desk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The desk's internal notes on claims, attributions and sources: any editor adds one; only its author edits it. */
@Service
@Transactional
public class NoteService {

    /** A note's longest length, as the table allows. */
    public static final int MAX_LENGTH = 4000;
    /** How many of a claim's notes its page shows, newest first. */
    static final int SHOWN_PER_CLAIM = 50;

    /** What came of an edit. */
    enum Edit {
        SAVED,
        GONE,
        NOT_YOURS,
        CHANGED_SINCE_READ
    }

    private final NoteRows rows;
    private final Clock clock;

    NoteService(NoteRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    void addToClaim(long claimId, String body, String author) {
        rows.insert(NoteTarget.CLAIM, claimId, body, author, clock.instant());
    }

    /** A note on an attribution or a source. */
    void addTo(NoteTarget target, long itemId, String body, String author) {
        rows.insert(target, itemId, body, author, clock.instant());
    }

    @Transactional(readOnly = true)
    List<DeskNote> of(NoteTarget target, long itemId) {
        return rows.of(target, itemId, SHOWN_PER_CLAIM);
    }

    Edit edit(long id, String body, String editor, long readVersion) {
        Optional<DeskNote> note = rows.byId(id);
        if (note.isEmpty()) {
            return Edit.GONE;
        }
        if (!note.get().writtenBy(editor)) {
            return Edit.NOT_YOURS;
        }
        return rows.update(id, body, editor, readVersion, clock.instant()) == 1 ? Edit.SAVED : Edit.CHANGED_SINCE_READ;
    }

    @Transactional(readOnly = true)
    Optional<DeskNote> note(long id) {
        return rows.byId(id);
    }

    @Transactional(readOnly = true)
    List<DeskNote> ofClaim(long claimId) {
        return rows.ofClaim(claimId, SHOWN_PER_CLAIM);
    }

    @Transactional(readOnly = true)
    long countOfClaim(long claimId) {
        return rows.countOfClaim(claimId);
    }

    @Transactional(readOnly = true)
    List<DeskNote> newest(int limit) {
        return rows.newest(limit);
    }
}
