package org.claimtrail.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.claimtrail.access.SignedInOnly;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.site.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public history tabs, like Wikipedia's, a page of changes at a time; the site-wide recent changes are for editors. */
@Controller
class HistoryController {

    static final int PAGE_SIZE = 50;

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @GetMapping("/claims/{slug}/history")
    String claim(@PathVariable String slug, PageParams paging, Model model) {
        long id = history.claimIdBySlug(slug).orElseThrow(() -> NotFound.claim(slug));
        return page(
                model,
                "History of the claim",
                "/claims/" + slug,
                "/claims/" + slug + "/history",
                paging,
                page -> history.ofClaim(id, page));
    }

    @GetMapping("/sources/{id}/history")
    String source(@PathVariable long id, PageParams paging, Model model) {
        if (!history.sourceExisted(id)) {
            throw NotFound.source(id);
        }
        return page(
                model,
                "History of the source",
                "/sources/" + id,
                "/sources/" + id + "/history",
                paging,
                page -> history.ofSource(id, page));
    }

    @GetMapping("/actors/{slug}/history")
    String actor(@PathVariable String slug, PageParams paging, Model model) {
        long id = history.actorIdBySlug(slug).orElseThrow(() -> NotFound.actor(slug));
        return page(
                model,
                "History of the actor",
                "/actors/" + slug,
                "/actors/" + slug + "/history",
                paging,
                page -> history.ofActor(id, page));
    }

    @GetMapping("/stories/{slug}/history")
    String story(@PathVariable String slug, PageParams paging, Model model) {
        long id = history.storyIdBySlug(slug).orElseThrow(() -> NotFound.story(slug));
        return page(
                model,
                "History of the story",
                "/stories/" + slug,
                "/stories/" + slug + "/history",
                paging,
                page -> history.ofStory(id, page));
    }

    @SignedInOnly
    @GetMapping("/history/recent")
    String recent(PageParams paging, Model model) {
        return page(model, "Recent changes", null, "/history/recent", paging, history::recent);
    }

    private static String page(
            Model model,
            String heading,
            String back,
            String path,
            PageParams paging,
            Function<PageRequest, Window<HistoryEntry>> read) {
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(PAGE_SIZE, HistoryService.NEWEST_FIRST, problems);
        Window<HistoryEntry> entries = read.apply(page);
        // Not "title": inside the layout that name is the page's <title> fragment.
        model.addAttribute("heading", heading);
        model.addAttribute("back", back);
        model.addAttribute("entries", entries.items());
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of(path, "", entries, page.isFirst()));
        return "history/list";
    }
}
