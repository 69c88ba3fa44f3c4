package org.claimtrail.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimtrail.correction.CorrectionLog;
import org.claimtrail.site.SiteUrl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A claim's page: its head here, then the sections the owning modules add (who says so, the
 * verdict, related claims, the desk's work), then its corrections. The claims list is search's.
 */
@Controller
class ClaimController {

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
        List<String> templates = new ArrayList<>();
        List<Map<String, Object>> models = new ArrayList<>();
        for (ClaimPageSection section : sections) {
            Map<String, Object> sectionModel = section.model(page.claim());
            model.addAllAttributes(sectionModel);
            templates.add(section.template());
            models.add(sectionModel);
            section.describe(sectionModel, described);
        }
        // Reviews wrap the Claim node as their itemReviewed: only once every section has described it.
        for (int i = 0; i < sections.size(); i++) {
            described = sections.get(i)
                    .review(
                            models.get(i),
                            described,
                            base + "/claims/" + page.claim().slug(),
                            base)
                    .orElse(described);
        }
        model.addAttribute("sections", templates);
        model.addAttribute("jsonLd", ClaimJsonLd.write(described));
        model.addAttribute("corrections", corrections.of(page.claim().id(), CORRECTIONS_SHOWN));
        return "claims/detail";
    }
}
