package org.claimtrail.correction;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /corrections: every published correction, newest first, a page at a time. */
@Controller
class CorrectionController {

    static final int LIST_PAGE = 50;

    private final CorrectionLog corrections;

    CorrectionController(CorrectionLog corrections) {
        this.corrections = corrections;
    }

    @GetMapping("/corrections")
    String corrections(PageParams paging, Model model) {
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(LIST_PAGE, CorrectionLog.NEWEST_FIRST, problems);
        Window<CorrectionRow> window = corrections.all(page);
        model.addAttribute("corrections", window);
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/corrections", "", window, page.isFirst()));
        return "corrections/list";
    }
}
