package org.claimtrail.api;

import io.swagger.v3.oas.annotations.Operation;
import org.claimtrail.claim.AttributionRow;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimSearch;
import org.claimtrail.claim.ClaimSearchCriteria;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.claim.StanceGroup;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.PageParameters;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.site.SiteUrl;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.List;

@RestController
class ClaimApiController {

    static final int DEFAULT_PAGE_SIZE = 50;
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
            + "topic, sourceKind, from, to, sort), a page at a time (after, before, last, size)")
    @GetMapping("/api/claims")
    ApiPage<ClaimJson.ClaimSummary> claims(@RequestParam(required = false) String q,
                                           @RequestParam(required = false) String story,
                                           @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String actor,
                                           @RequestParam(required = false) String stance,
                                           @RequestParam(required = false) String topic,
                                           @RequestParam(required = false) String sourceKind,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to,
                                           @RequestParam(required = false) String sort,
                                           @RequestParam(required = false) String after,
                                           @RequestParam(required = false) String before,
                                           @RequestParam(required = false) String last,
                                           @RequestParam(required = false) String size) {
        List<ParameterProblem> problems = new ArrayList<>();
        int pageSize = PageParameters.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, problems);
        ClaimSearchCriteria filters = ClaimSearchCriteria.filters(q, story, status, actor, stance, topic, sourceKind,
                from, to, sort);
        ClaimSearchCriteria criteria = filters.page(new PageParams(after, before, last));
        problems.addAll(criteria.problems());
        refuse(problems);
        ClaimSearch.Results results = search.searchWithoutHighlights(criteria, pageSize);
        String query = filters.queryString(null) + (size == null ? "" : (filters.queryString(null).isEmpty() ? "" : "&")
                + "size=" + pageSize);
        String base = site.base();
        return ApiPage.of(results.hits().items().stream().map(hit -> ClaimJson.ClaimSummary.of(hit.claim(), base)).toList(),
                pageSize, results.total(), Pager.of("/api/claims", query, results.hits(), isFirst(after, before, last)),
                base);
    }

    @Operation(summary = "One claim: the first attributions of each stance group with totals, its first links "
            + "each way with totals, and its sourcing summary")
    @GetMapping("/api/claims/{slug}")
    ClaimJson.ClaimDetail claim(@PathVariable String slug) {
        return claims.claimPage(slug).map(page -> ClaimJson.ClaimDetail.of(page, site.base()))
                .orElseThrow(() -> notFound(slug));
    }

    @Operation(summary = "Every attribution of one stance group of a claim (group: asserts, denies, declines), "
            + "a page at a time")
    @GetMapping("/api/claims/{slug}/attributions")
    ApiPage<ClaimJson.AttributionJson> attributions(@PathVariable String slug,
                                                    @RequestParam(required = false) String group,
                                                    @RequestParam(required = false) String after,
                                                    @RequestParam(required = false) String before,
                                                    @RequestParam(required = false) String last,
                                                    @RequestParam(required = false) String size) {
        ClaimView claim = claims.claim(slug).orElseThrow(() -> notFound(slug));
        List<ParameterProblem> problems = new ArrayList<>();
        StanceGroup stanceGroup = StanceGroup.ofParam(group == null ? "asserts" : group).orElse(null);
        if (stanceGroup == null) {
            problems.add(new ParameterProblem("group", "The parameter 'group' must be asserts, denies or declines."));
        }
        int pageSize = PageParameters.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, problems);
        PageRequest page = PageParameters.read(after, before, last, pageSize, ClaimQueries.ATTRIBUTION_ORDER, problems);
        refuse(problems);
        Window<AttributionRow> window = claims.attributions(claim.id(), stanceGroup, page);
        long total = claims.groupTotals(claim.id()).get(stanceGroup);
        String query = "group=" + stanceGroup.code() + (size == null ? "" : "&size=" + pageSize);
        return ApiPage.of(window.items().stream().map(ClaimJson.AttributionJson::of).toList(), pageSize,
                Count.of(total), Pager.of("/api/claims/" + slug + "/attributions", query, window, page.isFirst()),
                site.base());
    }

    /** The API answers a value it cannot read with a 400 naming the parameter; pages set it aside instead. */
    static void refuse(List<ParameterProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problems.get(0).message());
        }
    }

    static boolean isFirst(String after, String before, String last) {
        return (after == null || after.isEmpty()) && (before == null || before.isEmpty()) && last == null;
    }

    private static ResponseStatusException notFound(String slug) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no claim with the slug '" + slug + "'.");
    }
}
