package org.claimtrail.timeline;

import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.site.SiteUrl;
import org.claimtrail.story.Story;
import org.claimtrail.story.StoryRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** /timeline as a page, and /timeline.csv as Claimtrail's CSV or a TimelineJS spreadsheet. */
@Controller
class TimelineController {

    static final int PAGE_SIZE = 500;

    private final TimelineService timeline;
    private final StoryRepository stories;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final SiteUrl siteUrl;

    TimelineController(TimelineService timeline, StoryRepository stories, PlatformTransactionManager transactions,
                       Clock clock, SiteUrl siteUrl) {
        this.siteUrl = siteUrl;
        this.timeline = timeline;
        this.stories = stories;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @GetMapping("/timeline")
    String page(@RequestParam(required = false) String story, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String status, @RequestParam(required = false) String topic,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "1") int page, Model model) {
        TimelineFilter filter = new TimelineFilter(story, actor, status, topic, from, to);
        TimelineService.TimelinePage entries = timeline.page(filter, (Math.max(page, 1) - 1L) * PAGE_SIZE, PAGE_SIZE);
        Map<Integer, List<TimelineEntry>> byYear = new LinkedHashMap<>();
        entries.entries().forEach(e -> byYear.computeIfAbsent(e.year(), y -> new java.util.ArrayList<>()).add(e));
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.toQueryString());
        model.addAttribute("timeline", entries);
        model.addAttribute("byYear", byYear);
        model.addAttribute("page", Math.max(page, 1));
        // Text inputs, not lists: a newsroom has thousands of stories and actors; the story and
        // actor pages link here with their slug filled in.
        model.addAttribute("statuses", ClaimStatus.values());
        return "timeline/page";
    }

    @GetMapping("/timeline.csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String story,
                                              @RequestParam(required = false) String actor,
                                              @RequestParam(required = false) String status,
                                              @RequestParam(required = false) String topic,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(defaultValue = "claimtrail") String layout) {
        TimelineFilter filter = new TimelineFilter(story, actor, status, topic, from, to);
        filter.validate();
        boolean timelineJs = "timelinejs".equalsIgnoreCase(layout);
        TimelineLayout columns = timelineJs ? new TimelineJsLayout() : new ClaimtrailCsvLayout();
        Optional<Story> namedStory = filter.story() == null ? Optional.empty() : stories.findBySlug(filter.story());
        String site = siteUrl.base();
        String filename = "claimtrail-" + namedStory.map(Story::getSlug).orElse("all-stories")
                + (timelineJs ? "-timelinejs-" : "-timeline-") + LocalDate.now(clock) + ".csv";

        StreamingResponseBody body = out -> {
            try (TimelineCsvWriter writer = new TimelineCsvWriter(columns, out)) {
                writer.title(namedStory.map(Story::getTitle).orElse("Claimtrail timeline"),
                        namedStory.map(Story::getSummary).orElse(null));
                // Rows go out as the database cursor yields them: nothing accumulates in memory.
                readOnly.executeWithoutResult(tx ->
                        timeline.forEach(filter, entry -> writer.write(entry, site + "/claims/" + entry.claimSlug())));
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
