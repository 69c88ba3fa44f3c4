package org.claimtrail.timeline;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.actor.ActorNames;
import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.site.SiteUrl;
import org.claimtrail.story.StoryQueries;
import org.claimtrail.story.StoryRef;
import org.claimtrail.story.StoryView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** /timeline as a page, and /timeline.csv as Claimtrail's CSV or a TimelineJS spreadsheet. */
@Controller
class TimelineController {

    static final int PAGE_SIZE = 100;
    /** Entries an export reads at a time, each chunk in a short transaction of its own. */
    static final int EXPORT_CHUNK = 1000;
    /** Names offered under the story and actor filters; any other can still be typed. */
    static final int SUGGESTIONS = 50;

    private final TimelineService timeline;
    private final StoryQueries stories;
    private final ActorNames actorNames;
    private final ExportPermits exports;
    private final Clock clock;
    private final SiteUrl siteUrl;

    TimelineController(
            TimelineService timeline,
            StoryQueries stories,
            ExportPermits exports,
            Clock clock,
            SiteUrl siteUrl,
            ActorNames actorNames) {
        this.actorNames = actorNames;
        this.timeline = timeline;
        this.stories = stories;
        this.exports = exports;
        this.clock = clock;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/timeline")
    String page(
            @RequestParam(required = false) String story,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            PageParams paging,
            @RequestParam(required = false) String year,
            Model model) {
        TimelineFilter asked = new TimelineFilter(story, actor, status, topic, from, to);
        List<ParameterProblem> problems = new ArrayList<>(asked.problems());
        // Set aside what cannot be read, and say so: the reader keeps every other filter.
        TimelineFilter filter = asked.readable();
        PageRequest page =
                jump(year, problems).orElseGet(() -> paging.read(PAGE_SIZE, TimelineService.ORDER, problems));
        TimelineService.TimelinePage entries = timeline.page(filter, page);
        Map<Integer, List<TimelineEntry>> byYear = new LinkedHashMap<>();
        entries.entries()
                .items()
                .forEach(e ->
                        byYear.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e));
        model.addAttribute("filter", asked);
        model.addAttribute("query", filter.toQueryString());
        model.addAttribute("filterParameters", filter.parameters());
        model.addAttribute("timeline", entries);
        model.addAttribute("byYear", byYear);
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/timeline", filter.toQueryString(), entries.entries(), page.isFirst()));
        // Text inputs with suggestions, not lists: a newsroom has thousands of stories and actors.
        // Readers type a name or title; the story and actor pages link here with the address filled in.
        model.addAttribute(
                "storySuggestions",
                stories.list(PageRequest.first(SUGGESTIONS)).items().stream()
                        .map(StoryRef::title)
                        .toList());
        model.addAttribute("actorSuggestions", actorNames.suggestions(SUGGESTIONS));
        model.addAttribute("statuses", ClaimStatus.values());
        return "timeline/page";
    }

    @GetMapping("/timeline.csv")
    StreamingResponseBody csv(
            @RequestParam(required = false) String story,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "claimtrail") String layout,
            @RequestParam(defaultValue = "claim") String group,
            @RequestParam(defaultValue = "all") String entries,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        TimelineFilter filter = new TimelineFilter(story, actor, status, topic, from, to);
        // A file cannot carry a notice, and an export of something else than asked for would mislead:
        // the reader is sent back to the timeline, which says what it could not read and keeps every filter.
        if (!filter.problems().isEmpty()) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(
                    HttpHeaders.LOCATION,
                    "/timeline" + (filter.toQueryString().isEmpty() ? "" : "?" + filter.toQueryString()));
            return null;
        }
        boolean timelineJs = "timelinejs".equalsIgnoreCase(layout);
        if (!timelineJs && !"claimtrail".equalsIgnoreCase(layout)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "“" + layout + "” is not a layout: use claimtrail or timelinejs.");
        }
        if (!"claim".equalsIgnoreCase(group) && !"topic".equalsIgnoreCase(group)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "“" + group + "” is not a grouping: use claim or topic.");
        }
        if (!"all".equalsIgnoreCase(entries) && !"events".equalsIgnoreCase(entries)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "“" + entries + "” is not a choice of entries: use all or events.");
        }
        boolean eventsOnly = "events".equalsIgnoreCase(entries);
        TimelineLayout columns = timelineJs
                ? new TimelineJsLayout(
                        "topic".equalsIgnoreCase(group)
                                ? TimelineJsLayout.Grouping.TOPIC
                                : TimelineJsLayout.Grouping.CLAIM)
                : new ClaimtrailCsvLayout();
        Optional<StoryView> namedStory = filter.story() == null ? Optional.empty() : stories.named(filter.story());
        String site = siteUrl.base();
        String filename = "claimtrail-" + namedStory.map(StoryView::slug).orElse("all-stories")
                + (timelineJs ? "-timelinejs-" : "-timeline-") + LocalDate.now(clock) + ".csv";

        ExportPermits.Permit permit = exports.take(request.getRemoteAddr()).orElseThrow(ExportsBusy::new);
        StreamingResponseBody body = out -> {
            try (permit;
                    TimelineCsvWriter writer = new TimelineCsvWriter(columns, out)) {
                writer.title(
                        namedStory.map(StoryView::title).orElse("Claimtrail timeline"),
                        namedStory.map(StoryView::summary).orElse(null));
                // A chunk at a time, each read in its own short transaction: no connection waits on a
                // slow client, and memory holds one chunk. A client that stops reading is cut off by
                // the write timeout (server.tomcat.connection-timeout), which gives the permit back.
                PageRequest chunk = PageRequest.first(EXPORT_CHUNK);
                for (Window<TimelineEntry> read = timeline.chunk(filter, chunk);
                        ;
                        read = timeline.chunk(filter, chunk)) {
                    for (TimelineEntry entry : read.items()) {
                        if (!eventsOnly || entry.kind() == TimelineEntry.Kind.EVENT) {
                            writer.write(entry, site + "/claims/" + entry.claimSlug());
                        }
                    }
                    if (!read.hasNext()) {
                        break;
                    }
                    chunk = new PageRequest(read.lastKey(), null, false, EXPORT_CHUNK);
                }
            }
        };
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        // Committed here, on the request thread: committing is when Spring Session saves a signed-in
        // editor's session. Left to the export's own thread, that save raced the request thread's
        // and failed one export in a thousand (ConcurrentModificationException, found by the
        // full-size HostileInputIT). Once committed, the rows' flushes save nothing.
        response.flushBuffer();
        return body;
    }

    /** "Jump to year": the page that starts with the year's first entry. */
    private static Optional<PageRequest> jump(String year, List<ParameterProblem> problems) {
        if (year == null || year.isBlank()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (value >= 1 && value <= 9999) {
                return Optional.of(new PageRequest(TimelineService.startOfYear(value), null, false, PAGE_SIZE));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ParameterProblem("year", "“" + year + "” is not a year; write it like 2022."));
        return Optional.empty();
    }
}
