package org.claimtrail.search;

import java.util.ArrayList;
import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.claim.Stance;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.Pager;
import org.claimtrail.source.SourceKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /claims: the claims list, searched and filtered. */
@Controller
class ClaimSearchController {

    private final ClaimSearch search;

    ClaimSearchController(ClaimSearch search) {
        this.search = search;
    }

    /** Search and filters, all in the URL so a search can be bookmarked and shared. */
    @GetMapping("/claims")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String story,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String stance,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String sourceKind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort,
            PageParams paging,
            Model model) {
        ClaimSearchCriteria filters =
                ClaimSearchCriteria.filters(q, story, status, actor, stance, topic, sourceKind, from, to, sort);
        ClaimSearchCriteria criteria = filters.page(paging);
        ClaimSearch.Results results = search.search(criteria);
        model.addAttribute("results", results);
        model.addAttribute("criteria", criteria);
        model.addAttribute(
                "pager",
                Pager.of(
                        "/claims",
                        filters.queryString(null),
                        results.hits(),
                        criteria.pageRequest(1, new ArrayList<>()).isFirst()));
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("stances", Stance.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("sorts", ClaimSearchCriteria.Sort.values());
        return "claims/list";
    }
}
