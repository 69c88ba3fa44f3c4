package org.claimtrail.desk;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
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
        model.addAttribute(
                "drafts",
                withClaims(
                        drafts.items(),
                        VerdictDraft::claimId,
                        (d, claim) -> new DraftRow(d, claim, d.draftedBy().equals(editor.getName()))));
        model.addAttribute("draftCount", verdicts.draftCount());
        List<ClaimWork> assigned =
                work.assignedTo(editor.getName(), PageRequest.first(PAGE_SIZE)).items();
        model.addAttribute("assigned", withClaims(assigned, ClaimWork::claimId, AssignedRow::new));
        model.addAttribute("assignedCount", work.countAssignedTo(editor.getName()));
        model.addAttribute("notes", withClaims(notes.newest(NEWEST_NOTES), DeskNote::claimId, NoteRow::new));
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/desk", "", drafts, page.isFirst()));
        return "desk/index";
    }

    /** Each item with the claim it is about, in the items' order; an item whose claim is gone is left out. */
    private <T, R> List<R> withClaims(List<T> items, Function<T, Long> claimId, BiFunction<T, ClaimRow, R> row) {
        Map<Long, ClaimRow> byId = claims
                .rowsInOrder(items.stream().map(claimId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(ClaimRow::id, Function.identity()));
        return items.stream()
                .filter(item -> byId.containsKey(claimId.apply(item)))
                .map(item -> row.apply(item, byId.get(claimId.apply(item))))
                .toList();
    }
}
