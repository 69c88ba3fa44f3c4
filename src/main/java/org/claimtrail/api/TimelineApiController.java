package org.claimtrail.api;

import io.swagger.v3.oas.annotations.Operation;
import org.claimtrail.site.SiteUrl;
import org.claimtrail.timeline.TimelineEntry;
import org.claimtrail.timeline.TimelineFilter;
import org.claimtrail.timeline.TimelineService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class TimelineApiController {

    static final int MAX_PAGE_SIZE = 1000;

    private final TimelineService timeline;
    private final SiteUrl site;

    TimelineApiController(TimelineService timeline, SiteUrl site) {
        this.timeline = timeline;
        this.site = site;
    }

    /** One timeline entry in the API. */
    record EntryJson(String kind, DateJson date, String headline, String claim, String claimUrl, String claimStatus,
                     List<String> topics, String actors, String stance, Long sourceId, String sourceTitle,
                     String sourceUrl, String story) {

        static EntryJson of(TimelineEntry e, String site) {
            return new EntryJson(e.kind().name(), DateJson.of(e.date()), e.headline(), e.claimSlug(),
                    site + "/claims/" + e.claimSlug(), e.status(), e.topics(), e.actors(), e.stance(), e.sourceId(),
                    e.sourceTitle(), e.sourceUrl(), e.storySlug());
        }
    }

    @Operation(summary = "The timeline, with the same filters as /timeline (page from 1)")
    @GetMapping("/api/timeline")
    ClaimJson.Page<EntryJson> timeline(@RequestParam(required = false) String story,
                                       @RequestParam(required = false) String actor,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(required = false) String topic,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(defaultValue = "1") int page,
                                       @RequestParam(defaultValue = "100") int size) {
        int pageSize = Paging.size(size, MAX_PAGE_SIZE);
        int index = Paging.index(page);
        TimelineService.TimelinePage result = timeline.page(new TimelineFilter(story, actor, status, topic, from, to),
                (long) index * pageSize, pageSize);
        String site = this.site.base();
        return new ClaimJson.Page<>(result.entries().stream().map(e -> EntryJson.of(e, site)).toList(), index + 1,
                pageSize, result.total(), (int) Math.ceil(result.total() / (double) pageSize));
    }
}
