package org.claimtrail.desk;

import java.time.Clock;
import java.util.List;
import org.claimtrail.account.AccountService;
import org.claimtrail.database.TransactionLocks;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's work on claims: which state the checking is in and who has it. Every move is kept
 * (claim_work_event) with who made it and when; a move made on an outdated page is refused, so no
 * editor's move silently replaces another's.
 */
@Service
@Transactional
public class WorkService {

    /** How many of a claim's moves its page lists, newest first. */
    static final int EVENTS_SHOWN = 10;

    static final Keyset ASSIGNED_ORDER = WorkRows.ASSIGNED;

    /** What came of a move. */
    enum Move {
        SAVED,
        UNKNOWN_STATE,
        UNKNOWN_ASSIGNEE,
        CHANGED_SINCE_READ
    }

    private final WorkRows rows;
    private final AccountService accounts;
    private final TransactionLocks locks;
    private final Clock clock;

    WorkService(WorkRows rows, AccountService accounts, TransactionLocks locks, Clock clock) {
        this.rows = rows;
        this.accounts = accounts;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Moves the claim's checking to {@code state} and gives it to {@code assignee} (null: nobody),
     * if the claim's work is still what the editor read ({@code readVersion}; -1 for never moved).
     */
    Move move(long claimId, String state, String assignee, String by, long readVersion) {
        if (rows.states().stream().noneMatch(s -> s.code().equals(state))) {
            return Move.UNKNOWN_STATE;
        }
        if (assignee != null && !accounts.editorNames().contains(assignee)) {
            return Move.UNKNOWN_ASSIGNEE;
        }
        // Two first moves at once would both insert; one after the other, the second sees the first.
        locks.lock("claim-work:" + claimId);
        ClaimWork now = rows.lockedOf(claimId).orElse(ClaimWork.none(claimId));
        if (now.version() != readVersion) {
            return Move.CHANGED_SINCE_READ;
        }
        rows.save(claimId, state, assignee, by, clock.instant(), now.started());
        return Move.SAVED;
    }

    @Transactional(readOnly = true)
    List<WorkState> states() {
        return rows.states();
    }

    @Transactional(readOnly = true)
    ClaimWork of(long claimId) {
        return rows.of(claimId).orElse(ClaimWork.none(claimId));
    }

    @Transactional(readOnly = true)
    List<WorkEvent> events(long claimId) {
        return rows.events(claimId, EVENTS_SHOWN);
    }

    @Transactional(readOnly = true)
    Window<ClaimWork> assignedTo(String editor, PageRequest page) {
        return rows.assignedTo(editor, page);
    }

    @Transactional(readOnly = true)
    long countAssignedTo(String editor) {
        return rows.countAssignedTo(editor);
    }

    @Transactional(readOnly = true)
    List<String> editors() {
        return accounts.editorNames();
    }
}
