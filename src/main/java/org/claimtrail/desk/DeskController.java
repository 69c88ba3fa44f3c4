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

    /** One draft as the desk lists it: the claim it judges, and whether the viewer wrote it. */
    record DraftRow(VerdictDraft draft, ClaimRow claim, boolean yours) {}

    private final VerdictService verdicts;
    private final ClaimQueries claims;

    DeskController(VerdictService verdicts, ClaimQueries claims) {
        this.verdicts = verdicts;
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
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/desk", "", drafts, page.isFirst()));
        return "desk/index";
    }
}
