package org.claimtrail.claim;

import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/** /corrections: every published correction, newest first, a page at a time. */
@Controller
class CorrectionsController {

    static final int PAGE_SIZE = 50;

    private final CorrectionLog corrections;

    CorrectionsController(CorrectionLog corrections) {
        this.corrections = corrections;
    }

    @GetMapping("/corrections")
    String list(PageParams paging, Model model) {
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(PAGE_SIZE, CorrectionLog.NEWEST_FIRST, problems);
        Window<CorrectionRow> window = corrections.all(page);
        model.addAttribute("corrections", window);
        model.addAttribute("notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/corrections", "", window, page.isFirst()));
        return "corrections/list";
    }
}
