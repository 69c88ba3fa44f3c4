package org.claimtrail.link;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Every link of a claim one way, a page at a time: what the claim's page shows the first of. */
@Controller
class LinkController {

    static final int LIST_PAGE = 50;

    private final ClaimQueries claims;
    private final LinkQueries links;

    LinkController(ClaimQueries claims, LinkQueries links) {
        this.claims = claims;
        this.links = links;
    }

    @GetMapping("/claims/{slug}/links")
    String links(
            @PathVariable String slug,
            @RequestParam(required = false) String direction,
            PageParams paging,
            Model model) {
        ClaimView claim = claims.load(slug);
        boolean outgoing = !"in".equals(direction);
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(LIST_PAGE, LinkReadSql.BY_LINK, problems);
        Window<LinkRow> window = links.links(claim.id(), outgoing, page);
        model.addAttribute("claim", claim);
        model.addAttribute("outgoing", outgoing);
        model.addAttribute("links", window);
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute(
                "pager",
                Pager.of(
                        "/claims/" + slug + "/links",
                        "direction=" + (outgoing ? "out" : "in"),
                        window,
                        page.isFirst()));
        return "claims/related";
    }
}
