package org.claimtrail.api;

import io.swagger.v3.oas.annotations.Operation;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimSearch;
import org.claimtrail.claim.ClaimSearchCriteria;
import org.claimtrail.site.SiteUrl;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class ClaimApiController {

    static final int MAX_PAGE_SIZE = 200;

    private final ClaimQueries claims;
    private final ClaimSearch search;
    private final SiteUrl site;

    ClaimApiController(ClaimQueries claims, ClaimSearch search, SiteUrl site) {
        this.claims = claims;
        this.search = search;
        this.site = site;
    }

    @Operation(summary = "Claims with the same search and filters as /claims (q, story, status, actor, stance, "
            + "topic, sourceKind, from, to, sort), a page at a time (page from 1)")
    @GetMapping("/api/claims")
    ClaimJson.Page<ClaimJson.ClaimSummary> claims(@RequestParam(required = false) String q,
                                                  @RequestParam(required = false) String story,
                                                  @RequestParam(required = false) String status,
                                                  @RequestParam(required = false) String actor,
                                                  @RequestParam(required = false) String stance,
                                                  @RequestParam(required = false) String topic,
                                                  @RequestParam(required = false) String sourceKind,
                                                  @RequestParam(required = false) String from,
                                                  @RequestParam(required = false) String to,
                                                  @RequestParam(required = false) String sort,
                                                  @RequestParam(defaultValue = "1") int page,
                                                  @RequestParam(defaultValue = "50") int size) {
        int pageSize = Paging.size(size, MAX_PAGE_SIZE);
        ClaimSearch.Results result = search.searchWithoutHighlights(new ClaimSearchCriteria(q, story, status, actor, stance, topic,
                sourceKind, from, to, sort, Paging.index(page) + 1), pageSize);
        String site = this.site.base();
        return new ClaimJson.Page<>(result.hits().stream().map(hit -> ClaimJson.ClaimSummary.of(hit.claim(), site)).toList(),
                Paging.index(page) + 1, pageSize, result.total(), result.totalPages());
    }

    @Operation(summary = "One claim with its attributions, their sources, its links both ways and its sourcing summary")
    @GetMapping("/api/claims/{slug}")
    ClaimJson.ClaimDetail claim(@PathVariable String slug) {
        return claims.claimPage(slug).map(page -> ClaimJson.ClaimDetail.of(page, site.base()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no claim with the slug '" + slug + "'."));
    }
}
