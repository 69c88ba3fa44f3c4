package org.claimtrail.desk;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimRow;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.verdict.VerdictDraft;
import org.claimtrail.verdict.VerdictService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My desk": the draft verdicts waiting for review, a page at a time, each one click from the
 * claim where it is published; a draft the viewer wrote says it waits for another editor.
 */
@Controller
@EditorsOnly
class DeskController {

    static final int PAGE_SIZE = 50;
    /** How many of the desk's newest notes the page lists. */
    static final int NEWEST_NOTES = 20;
    /** How many claims ready for review the page lists; the queue has all. */
    static final int SHORT_LIST = 20;
    /** How many changes on the editor's claims the page lists. */
    static final int CHANGES_SHOWN = 30;
    /** The default state for "ready for review" (V23); an admin may rename it, not remove it. */
    static final String READY_FOR_REVIEW = "ready-for-review";
    /** What a first visit lists as changed: the last week's changes. */
    static final Duration FIRST_LOOK = Duration.ofDays(7);

    /** One draft as the desk lists it: the claim it judges, and whether the viewer wrote it. */
    record DraftRow(VerdictDraft draft, ClaimRow claim, boolean yours) {}

    /** One note as the desk lists it, with the claim it is on (null for a note on an attribution or a source). */
    record NoteRow(DeskNote note, ClaimRow claim) {}

    /** The notes in their order, each claim's with its claim; a note whose claim is gone is left out. */
    private List<NoteRow> noteRows(List<DeskNote> newest) {
        java.util.Map<Long, ClaimRow> byId = DeskRows.byId(
                claims,
                newest.stream().filter(DeskNote::onClaim).map(DeskNote::claimId).toList());
        return newest.stream()
                .filter(n -> !n.onClaim() || byId.containsKey(n.claimId()))
                .map(n -> new NoteRow(n, n.onClaim() ? byId.get(n.claimId()) : null))
                .toList();
    }

    /** A claim assigned to the viewer, with where its checking stands. */
    record AssignedRow(ClaimWork work, ClaimRow claim) {}

    private final VerdictService verdicts;
    private final NoteService notes;
    private final WorkService work;
    private final ClaimQueries claims;
    private final QueueRows queue;
    private final Clock clock;

    DeskController(
            VerdictService verdicts,
            NoteService notes,
            WorkService work,
            ClaimQueries claims,
            QueueRows queue,
            Clock clock) {
        this.verdicts = verdicts;
        this.notes = notes;
        this.work = work;
        this.claims = claims;
        this.queue = queue;
        this.clock = clock;
    }

    /** A claim of the queue, or one an editor's change touched, with the claim it is about. */
    record ReviewRow(ClaimWork work, ClaimRow claim) {}

    record ChangeRow(QueueRows.Change change, ClaimRow claim) {}

    @GetMapping("/desk")
    String desk(PageParams paging, Principal editor, Model model) {
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(PAGE_SIZE, VerdictService.DRAFT_ORDER, problems);
        Window<VerdictDraft> drafts = verdicts.drafts(page);
        model.addAttribute(
                "drafts",
                DeskRows.withClaims(
                        claims,
                        drafts.items(),
                        VerdictDraft::claimId,
                        (d, claim) -> new DraftRow(d, claim, d.draftedBy().equals(editor.getName()))));
        model.addAttribute("draftCount", verdicts.draftCount());
        List<ClaimWork> assigned =
                work.assignedTo(editor.getName(), PageRequest.first(PAGE_SIZE)).items();
        model.addAttribute("assigned", DeskRows.withClaims(claims, assigned, ClaimWork::claimId, AssignedRow::new));
        model.addAttribute("assignedCount", work.countAssignedTo(editor.getName()));
        model.addAttribute("notes", noteRows(notes.newest(NEWEST_NOTES)));
        QueueRows.Filter ready = new QueueRows.Filter(READY_FOR_REVIEW, null, null);
        model.addAttribute(
                "ready",
                DeskRows.withClaims(
                        claims,
                        queue.queue(ready, PageRequest.first(SHORT_LIST)).items(),
                        ClaimWork::claimId,
                        ReviewRow::new));
        model.addAttribute("readyCount", queue.countsByState(ready).getOrDefault(READY_FOR_REVIEW, 0L));
        Instant now = clock.instant();
        Optional<Instant> lastLooked = queue.visit(editor.getName(), now);
        Instant since = lastLooked.orElse(now.minus(FIRST_LOOK));
        model.addAttribute("lastLooked", lastLooked.orElse(null));
        model.addAttribute("since", since);
        model.addAttribute(
                "changes",
                DeskRows.withClaims(
                        claims,
                        queue.changesSince(editor.getName(), since, CHANGES_SHOWN),
                        QueueRows.Change::claimId,
                        ChangeRow::new));
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/desk", "", drafts, page.isFirst()));
        return "desk/index";
    }
}
