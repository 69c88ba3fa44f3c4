package org.claimtrail.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimtrail.correction.CorrectionLog;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.site.SiteUrl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A claim's page and the full lists a claim's page shows the start of (the corrections log is
 * correction.CorrectionController's).
 * (The claims list is search's: search.ClaimSearchController.)
 */
@Controller
class ClaimController {

    /** Rows of a claim's attribution list. */
    static final int LIST_PAGE = 50;

    /** How many of a claim's corrections its page shows; /corrections has them all. */
    static final int CORRECTIONS_SHOWN = 20;

    private final ClaimQueries queries;
    private final CorrectionLog corrections;
    private final List<ClaimPageSection> sections;
    private final SiteUrl site;

    ClaimController(ClaimQueries queries, CorrectionLog corrections, List<ClaimPageSection> sections, SiteUrl site) {
        this.queries = queries;
        this.corrections = corrections;
        this.sections = sections;
        this.site = site;
    }

    @GetMapping("/claims/{slug}")
    String detail(@PathVariable String slug, Model model) {
        ClaimPageView page = queries.loadPage(slug);
        model.addAttribute("page", page);
        model.addAttribute("claim", page.claim());
        String base = site.base();
        Map<String, Object> described = ClaimJsonLd.claimNode(page, base);
        List<String> above = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (ClaimPageSection section : sections) {
            Map<String, Object> sectionModel = section.model(page.claim());
            model.addAllAttributes(sectionModel);
            (section.place() == ClaimPageSection.Place.ABOVE_ATTRIBUTIONS ? above : below).add(section.template());
            described = section.review(
                            sectionModel,
                            described,
                            base + "/claims/" + page.claim().slug(),
                            base)
                    .orElse(described);
        }
        model.addAttribute("sections", above);
        model.addAttribute("sectionsBelow", below);
        model.addAttribute("jsonLd", ClaimJsonLd.write(described));
        model.addAttribute("corrections", corrections.of(page.claim().id(), CORRECTIONS_SHOWN));
        return "claims/detail";
    }

    /** Every attribution of one stance group, a page at a time: what the claim's page shows the first of. */
    @GetMapping("/claims/{slug}/attributions")
    String attributions(
            @PathVariable String slug, @RequestParam(required = false) String group, PageParams paging, Model model) {
        ClaimView claim = queries.load(slug);
        StanceGroup stanceGroup = StanceGroup.ofParam(group).orElse(StanceGroup.ASSERTS);
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(LIST_PAGE, ClaimReadSql.BY_ATTRIBUTION, problems);
        Window<AttributionRow> window = queries.attributions(claim.id(), stanceGroup, page);
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
        model.addAttribute("a", queries.loadAttribution(id));
        return "attributions/detail";
    }
}
