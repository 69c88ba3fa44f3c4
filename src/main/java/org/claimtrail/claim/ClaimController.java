package org.claimtrail.claim;

import org.claimtrail.form.TextSearch;
import org.claimtrail.site.SiteUrl;
import org.claimtrail.source.SourceKind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class ClaimController {

    private final ClaimQueries queries;
    private final ClaimSearch search;
    private final SiteUrl site;

    ClaimController(ClaimQueries queries, ClaimSearch search, SiteUrl site) {
        this.queries = queries;
        this.search = search;
        this.site = site;
    }

    /** Search and filters, all in the URL so a search can be bookmarked and shared. */
    @GetMapping("/claims")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String story,
                @RequestParam(required = false) String status, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String stance, @RequestParam(required = false) String topic,
                @RequestParam(required = false) String sourceKind, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, Model model) {
        ClaimSearchCriteria criteria = new ClaimSearchCriteria(q, story, status, actor, stance, topic, sourceKind,
                from, to, sort, TextSearch.page(page));
        model.addAttribute("results", search.search(criteria));
        model.addAttribute("criteria", criteria);
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("stances", Stance.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("sorts", ClaimSearchCriteria.Sort.values());
        return "claims/list";
    }



    @GetMapping("/claims/{slug}")
    String detail(@PathVariable String slug, Model model) {
        ClaimPage page = queries.claimPage(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no claim at /claims/" + slug + "."));
        model.addAttribute("page", page);
        model.addAttribute("claim", page.claim());
        model.addAttribute("jsonLd", ClaimJsonLd.of(page, site.base()));
        return "claims/detail";
    }
}
