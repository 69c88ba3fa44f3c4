package org.claimtrail.desk;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** One draft as the desk lists it: the claim it judges, and whether the viewer wrote it. */
    record DraftRow(VerdictDraft draft, ClaimRow claim, boolean yours) {}

    /** One note as the desk lists it, with the claim it is on. */
    record NoteRow(DeskNote note, ClaimRow claim) {}

    /** A claim assigned to the viewer, with where its checking stands. */
    record AssignedRow(ClaimWork work, ClaimRow claim) {}

    private final VerdictService verdicts;
    private final NoteService notes;
    private final WorkService work;
    private final ClaimQueries claims;

    DeskController(VerdictService verdicts, NoteService notes, WorkService work, ClaimQueries claims) {
        this.verdicts = verdicts;
        this.notes = notes;
        this.work = work;
        this.claims = claims;
    }

    @GetMapping("/desk")
    String desk(PageParams paging, Principal editor, Model model) {
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(PAGE_SIZE, VerdictService.DRAFT_ORDER, problems);
        Window<VerdictDraft> drafts = verdicts.drafts(page);
        Map<Long, ClaimRow> judged =
                claims
                        .rowsInOrder(drafts.items().stream()
                                .map(VerdictDraft::claimId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ClaimRow::id, Function.identity()));
        model.addAttribute(
                "drafts",
                drafts.items().stream()
                        .filter(d -> judged.containsKey(d.claimId()))
                        .map(d -> new DraftRow(
                                d, judged.get(d.claimId()), d.draftedBy().equals(editor.getName())))
                        .toList());
        model.addAttribute("draftCount", verdicts.draftCount());
        List<ClaimWork> assigned =
                work.assignedTo(editor.getName(), PageRequest.first(PAGE_SIZE)).items();
        Map<Long, ClaimRow> assignedClaims =
                claims.rowsInOrder(assigned.stream().map(ClaimWork::claimId).toList()).stream()
                        .collect(Collectors.toMap(ClaimRow::id, Function.identity()));
        model.addAttribute(
                "assigned",
                assigned.stream()
                        .filter(w -> assignedClaims.containsKey(w.claimId()))
                        .map(w -> new AssignedRow(w, assignedClaims.get(w.claimId())))
                        .toList());
        model.addAttribute("assignedCount", work.countAssignedTo(editor.getName()));
        List<DeskNote> newest = notes.newest(NEWEST_NOTES);
        Map<Long, ClaimRow> noted =
                claims
                        .rowsInOrder(newest.stream()
                                .map(DeskNote::claimId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ClaimRow::id, Function.identity()));
        model.addAttribute(
                "notes",
                newest.stream()
                        .filter(n -> noted.containsKey(n.claimId()))
                        .map(n -> new NoteRow(n, noted.get(n.claimId())))
                        .toList());
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/desk", "", drafts, page.isFirst()));
        return "desk/index";
    }
}
