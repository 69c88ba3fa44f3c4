package org.claimtrail.api;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.site.SiteUrl;
import org.claimtrail.timeline.TimelineEntry;
import org.claimtrail.timeline.TimelineFilter;
import org.claimtrail.timeline.TimelineService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineApiController {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

    private final TimelineService timeline;
    private final SiteUrl site;
    private final NamedFilters namedFilters;

    TimelineApiController(TimelineService timeline, SiteUrl site, NamedFilters namedFilters) {
        this.timeline = timeline;
        this.site = site;
        this.namedFilters = namedFilters;
    }

    /** One timeline entry in the API. */
    record EntryJson(
            String kind,
            DateJson date,
            String headline,
            String claim,
            String claimUrl,
            String claimStatus,
            List<String> topics,
            String actors,
            String stance,
            Long sourceId,
            String sourceTitle,
            String sourceUrl,
            String story) {

        static EntryJson of(TimelineEntry e, String site) {
            return new EntryJson(
                    e.kind().name(),
                    DateJson.of(org.claimtrail.date.DateView.of(e.date())),
                    e.headline(),
                    e.claimSlug(),
                    site + "/claims/" + e.claimSlug(),
                    e.status().name(),
                    e.topics(),
                    e.actors(),
                    e.stance() == null ? null : e.stance().name(),
                    e.sourceId(),
                    e.sourceTitle(),
                    e.sourceUrl(),
                    e.storySlug());
        }
    }

    @GetMapping(value = "/api/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiPage<EntryJson> timeline(
            @RequestParam(required = false) String story,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String last,
            @RequestParam(required = false) String size) {
        TimelineFilter filter = new TimelineFilter(story, actor, status, topic, from, to);
        List<ParameterProblem> problems = new ArrayList<>(filter.problems());
        problems.addAll(namedFilters.unknown(filter.story(), filter.actor()));
        int pageSize = PageParams.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, problems);
        PageRequest page = new PageParams(after, before, last).read(pageSize, TimelineService.ORDER, problems);
        BadParameters.refuseAny(problems);
        TimelineService.TimelinePage result = timeline.page(filter, page);
        String base = site.base();
        return ApiPage.of(
                result.entries(),
                e -> EntryJson.of(e, base),
                pageSize,
                result.total(),
                "/api/timeline",
                ClaimApiController.withSize(filter.toQueryString(), size, pageSize),
                base);
    }
}
