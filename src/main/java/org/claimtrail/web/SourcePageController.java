package org.claimtrail.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.claimtrail.attribution.AttributionQueries;
import org.claimtrail.attribution.AttributionRow;
import org.claimtrail.form.ListPage;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.site.NotFound;
import org.claimtrail.source.SourceCopies;
import org.claimtrail.source.SourceQueries;
import org.claimtrail.source.SourceView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Read pages for sources; they live here because a source page also shows the claims it carries. */
@Controller
class SourcePageController {

    static final int PAGE_SIZE = 50;

    private final SourceQueries sources;
    private final AttributionQueries attributions;
    private final SourceCopies copies;

    SourcePageController(SourceQueries sources, AttributionQueries attributions, SourceCopies copies) {
        this.sources = sources;
        this.attributions = attributions;
        this.copies = copies;
    }

    @GetMapping("/sources")
    String list(@RequestParam(required = false) String q, PageParams paging, Model model) {
        model.addAttribute(
                "list",
                ListPage.read(
                        "/sources", q, paging, PAGE_SIZE, SourceQueries.NEWEST_FIRST, sources::list, sources::count));
        return "sources/list";
    }

    @GetMapping("/sources/{id}")
    String detail(@PathVariable long id, PageParams paging, Model model, HttpServletRequest request) {
        SourceView source = sources.byId(id).orElseThrow(() -> NotFound.source(id));
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(PAGE_SIZE, AttributionQueries.SOURCE_ORDER, problems);
        Window<AttributionRow> attributions = this.attributions.attributionsIn(id, page);
        model.addAttribute("source", source);
        model.addAttribute("attributions", attributions);
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/sources/" + id, "", attributions, page.isFirst()));
        // The saved copy is the desk's working material: read for editors only.
        if (request.isUserInRole("EDITOR")) {
            model.addAttribute("copy", copies.of(id).orElse(null));
        }
        return "sources/detail";
    }
}
