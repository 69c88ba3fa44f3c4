package org.claimtrail.web;

import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.story.Story;
import org.claimtrail.story.StoryRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** The home page features the newest story; every story also has its own permalink. */
@Controller
class StoryPages {

    private final StoryRepository stories;
    private final ClaimQueries claims;

    StoryPages(StoryRepository stories, ClaimQueries claims) {
        this.stories = stories;
        this.claims = claims;
    }

    @GetMapping("/")
    String home(Model model) {
        List<Story> all = stories.findAllByOrderByIdDesc();
        if (all.isEmpty()) {
            return "stories/empty";
        }
        return show(all.get(0), all, model);
    }

    @GetMapping("/stories/{slug}")
    String story(@PathVariable String slug, Model model) {
        Story story = stories.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no story at /stories/" + slug + "."));
        return show(story, stories.findAllByOrderByIdDesc(), model);
    }

    private String show(Story story, List<Story> all, Model model) {
        model.addAttribute("story", story);
        model.addAttribute("claims", claims.claimsOf(story));
        model.addAttribute("otherStories", all.stream().filter(s -> !s.getId().equals(story.getId())).toList());
        return "stories/detail";
    }
}
