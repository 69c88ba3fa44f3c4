package org.claimtrail.attribution;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.claim.StanceGroup;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.source.SourceCopies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One attribution with all of its quote, and every attribution of a claim's stance group. */
@Controller
class AttributionController {

    /** Rows of a claim's attribution list. */
    static final int LIST_PAGE = 50;

    private final ClaimQueries claims;
    private final AttributionQueries attributions;
    private final SourceCopies copies;

    AttributionController(ClaimQueries claims, AttributionQueries attributions, SourceCopies copies) {
        this.claims = claims;
        this.attributions = attributions;
        this.copies = copies;
    }

    /** Every attribution of one stance group, a page at a time: what the claim's page shows the first of. */
    @GetMapping("/claims/{slug}/attributions")
    String attributions(
            @PathVariable String slug, @RequestParam(required = false) String group, PageParams paging, Model model) {
        ClaimView claim = claims.load(slug);
        StanceGroup stanceGroup = StanceGroup.ofParam(group).orElse(StanceGroup.ASSERTS);
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(LIST_PAGE, AttributionReadSql.BY_ATTRIBUTION, problems);
        Window<AttributionRow> window = attributions.attributions(claim.id(), stanceGroup, page);
        model.addAttribute("claim", claim);
        model.addAttribute("group", stanceGroup);
        model.addAttribute("attributions", window);
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute(
                "pager",
                Pager.of("/claims/" + slug + "/attributions", "group=" + stanceGroup.code(), window, page.isFirst()));
        return "claims/attributions";
    }

    /** One attribution with all of its quote, however long. */
    @GetMapping("/attributions/{id}")
    String attribution(@PathVariable long id, Model model) {
        AttributionRow attribution = attributions.load(id);
        model.addAttribute("a", attribution);
        // Readers see what checking the quote against the source's saved copy found, not the copy.
        model.addAttribute(
                "quoteCheck",
                QuoteCheck.of(
                        attribution.quote(), copies.of(attribution.source().id())));
        return "attributions/detail";
    }
}
