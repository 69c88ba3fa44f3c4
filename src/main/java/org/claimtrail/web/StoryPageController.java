package org.claimtrail.web;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimRow;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.site.NotFound;
import org.claimtrail.story.StoryQueries;
import org.claimtrail.story.StoryRef;
import org.claimtrail.story.StoryView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The home page features the story editors feature (else the newest) with the latest others beside it; every story has
 * its own permalink with its claims a page at a time, and /stories lists them all.
 */
@Controller
class StoryPageController {

    static final int CLAIMS_PAGE = 50;
    static final int STORIES_PAGE = 50;
    static final int OTHER_STORIES = 10;
    static final int VOICES_PER_STANCE = 3;

    private final StoryQueries stories;
    private final ClaimQueries claims;

    StoryPageController(StoryQueries stories, ClaimQueries claims) {
        this.stories = stories;
        this.claims = claims;
    }

    @GetMapping("/")
    String home(Model model) {
        return stories.featured()
                .map(story -> show(story, PageRequest.first(CLAIMS_PAGE), List.of(), model))
                .orElse("stories/empty");
    }

    @GetMapping("/stories/{slug}")
    String story(@PathVariable String slug, PageParams paging, Model model) {
        StoryView story = stories.bySlug(slug).orElseThrow(() -> NotFound.story(slug));
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(
                CLAIMS_PAGE, story.byDate() ? ClaimQueries.STORY_DATE_ORDER : ClaimQueries.STORY_ORDER, problems);
        return show(story, page, problems, model);
    }

    @GetMapping("/stories")
    String list(PageParams paging, Model model) {
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(STORIES_PAGE, StoryQueries.NEWEST_FIRST, problems);
        Window<StoryRef> window = stories.list(page);
        model.addAttribute("stories", window);
        model.addAttribute("total", stories.count());
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/stories", "", window, page.isFirst()));
        return "stories/list";
    }

    private String show(StoryView story, PageRequest page, List<ParameterProblem> problems, Model model) {
        Window<ClaimRow> window = claims.claimsOf(story.id(), story.byDate(), page);
        model.addAttribute("story", story);
        model.addAttribute(
                "voices",
                claims.voicesOf(window.items().stream().map(ClaimRow::id).toList(), VOICES_PER_STANCE));
        model.addAttribute("claims", window);
        model.addAttribute("claimCount", claims.claimCountOf(story.id()));
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/stories/" + story.slug(), "", window, page.isFirst()));
        model.addAttribute(
                "otherStories",
                stories.list(PageRequest.first(OTHER_STORIES + 1)).items().stream()
                        .filter(s -> s.id() != story.id())
                        .limit(OTHER_STORIES)
                        .toList());
        return "stories/detail";
    }
}
