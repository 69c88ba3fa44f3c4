package org.claimtrail.api;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.attribution.AttributionQueries;
import org.claimtrail.attribution.AttributionRow;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.claim.StanceGroup;
import org.claimtrail.link.LinkQueries;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.search.ClaimSearch;
import org.claimtrail.search.ClaimSearchCriteria;
import org.claimtrail.site.NotFound;
import org.claimtrail.site.SiteUrl;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClaimApiController {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    private final ClaimQueries claims;
    private final ClaimSearch search;
    private final SiteUrl site;
    private final NamedFilters namedFilters;
    private final LinkQueries links;
    private final AttributionQueries attributions;

    ClaimApiController(
            ClaimQueries claims,
            ClaimSearch search,
            SiteUrl site,
            NamedFilters namedFilters,
            LinkQueries links,
            AttributionQueries attributions) {
        this.claims = claims;
        this.attributions = attributions;
        this.links = links;
        this.search = search;
        this.site = site;
        this.namedFilters = namedFilters;
    }

    @GetMapping(value = "/api/claims", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiPage<ClaimJson.ClaimSummary> claims(
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
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String last,
            @RequestParam(required = false) String size) {
        List<ParameterProblem> problems = new ArrayList<>();
        int pageSize = PageParams.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, problems);
        ClaimSearchCriteria filters =
                ClaimSearchCriteria.filters(q, story, status, actor, stance, topic, sourceKind, from, to, sort);
        ClaimSearchCriteria criteria = filters.page(new PageParams(after, before, last));
        problems.addAll(criteria.problems());
        ClaimSearchCriteria.Sort.unknown(sort).ifPresent(problems::add);
        problems.addAll(namedFilters.unknown(filters.story(), filters.actor()));
        BadParameters.refuseAny(problems);
        ClaimSearch.Results results = search.searchWithoutHighlights(criteria, pageSize);
        String base = site.base();
        return ApiPage.of(
                results.hits(),
                hit -> ClaimJson.ClaimSummary.of(hit.claim(), base),
                pageSize,
                results.total(),
                "/api/claims",
                withSize(filters.queryString(null), size, pageSize),
                base);
    }

    @GetMapping(value = "/api/claims/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    ClaimJson.ClaimDetail claim(@PathVariable String slug) {
        return claims.claimPage(slug)
                .map(page -> ClaimJson.ClaimDetail.of(
                        page,
                        attributions.groupsOf(page.claim().id()),
                        links.first(page.claim().id()),
                        site.base()))
                .orElseThrow(() -> notFound(slug));
    }

    @GetMapping(value = "/api/claims/{slug}/attributions", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiPage<ClaimJson.AttributionJson> attributions(
            @PathVariable String slug,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String last,
            @RequestParam(required = false) String size) {
        ClaimView claim = claims.claim(slug).orElseThrow(() -> notFound(slug));
        List<ParameterProblem> problems = new ArrayList<>();
        StanceGroup stanceGroup =
                StanceGroup.ofParam(group == null ? "asserts" : group).orElse(null);
        if (stanceGroup == null) {
            problems.add(new ParameterProblem("group", "The parameter 'group' must be asserts, denies or declines."));
        }
        int pageSize = PageParams.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, problems);
        PageRequest page =
                new PageParams(after, before, last).read(pageSize, AttributionQueries.ATTRIBUTION_ORDER, problems);
        BadParameters.refuseAny(problems);
        Window<AttributionRow> window = attributions.attributions(claim.id(), stanceGroup, page);
        long total = attributions.groupTotals(claim.id()).get(stanceGroup);
        return ApiPage.of(
                window,
                ClaimJson.AttributionJson::of,
                pageSize,
                Count.of(total),
                "/api/claims/" + slug + "/attributions",
                withSize("group=" + stanceGroup.code(), size, pageSize),
                site.base());
    }

    /** The list's query with the page size the client chose, so its links keep it. */
    static String withSize(String query, String size, int pageSize) {
        return size == null ? query : query + (query.isEmpty() ? "" : "&") + "size=" + pageSize;
    }

    private static NotFound notFound(String slug) {
        return new NotFound("There is no claim with the slug '" + slug + "'.");
    }
}
