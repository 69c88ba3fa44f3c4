package org.claimtrail.desk;

import java.time.Clock;
import java.util.List;
import org.claimtrail.account.AccountService;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimRow;
import org.claimtrail.database.TransactionLocks;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.claimtrail.slug.Slugs;
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
    private final ClaimQueries claims;
    private final AccountService accounts;
    private final TransactionLocks locks;
    private final Clock clock;

    WorkService(WorkRows rows, ClaimQueries claims, AccountService accounts, TransactionLocks locks, Clock clock) {
        this.rows = rows;
        this.claims = claims;
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

    /** What came of a move of several claims: how many moved, to which state (by its name). */
    record BulkMove(Move result, int moved, String stateLabel) {}

    /**
     * Gives every claim of {@code claimIds} that still exists the same state and assignee, in one
     * transaction: all of them, or none when the state or the assignee is not one the desk has.
     */
    BulkMove moveAll(List<Long> claimIds, String state, String assignee, String by) {
        WorkState target = rows.states().stream()
                .filter(s -> s.code().equals(state))
                .findFirst()
                .orElse(null);
        if (target == null) {
            return new BulkMove(Move.UNKNOWN_STATE, 0, null);
        }
        if (assignee != null && !accounts.editorNames().contains(assignee)) {
            return new BulkMove(Move.UNKNOWN_ASSIGNEE, 0, null);
        }
        List<Long> existing =
                claims.rowsInOrder(claimIds).stream().map(ClaimRow::id).toList();
        for (long claimId : existing) {
            locks.lock("claim-work:" + claimId);
            boolean started = rows.lockedOf(claimId).isPresent();
            rows.save(claimId, state, assignee, by, clock.instant(), started);
        }
        return new BulkMove(Move.SAVED, existing.size(), target.label());
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

    /** What came of adding or changing a work state. */
    enum StateChange {
        SAVED,
        NO_LABEL,
        BAD_POSITION,
        POSITION_TAKEN,
        NAME_TAKEN,
        NO_SUCH_STATE
    }

    /** Adds a state at {@code position}; its code comes from its first name and never changes. */
    StateChange addState(String label, Integer position) {
        locks.lock("work-states");
        List<WorkState> states = rows.states();
        StateChange problem = problem(states, null, label, position);
        if (problem != null) {
            return problem;
        }
        String base = Slugs.of(label, 24);
        String code = Slugs.unique(
                Character.isLetter(base.charAt(0)) ? base : "state-" + base,
                taken -> states.stream().anyMatch(s -> s.code().equals(taken)));
        rows.addState(code, label, position);
        return StateChange.SAVED;
    }

    /** Renames a state or moves it in the order; the claims in it stay in it. */
    StateChange changeState(String code, String label, Integer position) {
        locks.lock("work-states");
        List<WorkState> states = rows.states();
        if (states.stream().noneMatch(s -> s.code().equals(code))) {
            return StateChange.NO_SUCH_STATE;
        }
        StateChange problem = problem(states, code, label, position);
        if (problem != null) {
            return problem;
        }
        rows.changeState(code, label, position);
        return StateChange.SAVED;
    }

    private static StateChange problem(List<WorkState> states, String code, String label, Integer position) {
        if (label == null || label.length() > 60) {
            return StateChange.NO_LABEL;
        }
        if (position == null) {
            return StateChange.BAD_POSITION;
        }
        if (states.stream().anyMatch(s -> !s.code().equals(code) && s.position() == position)) {
            return StateChange.POSITION_TAKEN;
        }
        if (states.stream().anyMatch(s -> !s.code().equals(code) && s.label().equalsIgnoreCase(label))) {
            return StateChange.NAME_TAKEN;
        }
        return null;
    }
}
