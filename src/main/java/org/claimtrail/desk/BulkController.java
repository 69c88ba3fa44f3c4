package org.claimtrail.desk;

import java.security.Principal;
import java.util.List;
import java.util.Objects;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimRow;
import org.claimtrail.claim.ClaimService;
import org.claimtrail.form.Forms;
import org.claimtrail.story.StoryQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Acting on several claims at once: chosen with check boxes on the claims list (no JavaScript
 * needed), then given one work state and assignee, or moved to one story, all of them in one
 * transaction or none. The page says what changed.
 */
@Controller
@EditorsOnly
class BulkController {

    /** The most claims one action takes: a page of the claims list, four times over. */
    static final int MAX_CLAIMS = 200;
    /** How many stories the "move to a story" list offers, newest first. */
    static final int STORY_CHOICES = 200;

    private final ClaimQueries claims;
    private final ClaimService claimEditing;
    private final StoryQueries stories;
    private final WorkService work;

    BulkController(ClaimQueries claims, ClaimService claimEditing, StoryQueries stories, WorkService work) {
        this.claims = claims;
        this.claimEditing = claimEditing;
        this.stories = stories;
        this.work = work;
    }

    @GetMapping("/desk/bulk")
    String chosen(@RequestParam(name = "claim", required = false) List<Long> ids, Model model) {
        List<Long> asked = ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).distinct().toList();
        List<ClaimRow> rows =
                claims.rowsInOrder(asked.stream().limit(MAX_CLAIMS).toList());
        model.addAttribute("claims", rows);
        model.addAttribute(
                "notChosen",
                asked.size() > MAX_CLAIMS
                        ? "Only the first " + MAX_CLAIMS + " of the " + asked.size()
                                + " claims chosen are here: act on them, then on the rest."
                        : rows.size() < asked.size()
                                ? (asked.size() - rows.size()) + " of the claims chosen no longer exist."
                                : null);
        model.addAttribute("workStates", work.states());
        model.addAttribute("workEditors", work.editors());
        model.addAttribute("stories", stories.choices(null, STORY_CHOICES));
        return "desk/bulk";
    }

    @PostMapping("/desk/bulk/work")
    String setWork(
            @RequestParam(name = "claim", required = false) List<Long> ids,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String assignee,
            Principal editor,
            RedirectAttributes redirect) {
        List<Long> chosen = chosen(ids);
        if (chosen.isEmpty()) {
            return nothingChosen(redirect);
        }
        WorkService.BulkMove outcome = work.moveAll(chosen, Forms.text(state), Forms.text(assignee), editor.getName());
        switch (outcome.result()) {
            case SAVED ->
                redirect.addFlashAttribute(
                        "flash",
                        claimsWord(outcome.moved()) + " now "
                                + outcome.stateLabel() + ", "
                                + (assignee == null || assignee.isBlank()
                                        ? "assigned to nobody."
                                        : "assigned to " + assignee.strip() + "."));
            case UNKNOWN_STATE ->
                redirect.addFlashAttribute("flashError", "Nothing changed: choose one of the desk's work states.");
            case UNKNOWN_ASSIGNEE ->
                redirect.addFlashAttribute(
                        "flashError",
                        "Nothing changed: work is assigned to an editor with an account here, or to nobody.");
            case CHANGED_SINCE_READ -> throw new IllegalStateException("a bulk move reads no version");
        }
        return back(chosen);
    }

    @PostMapping("/desk/bulk/story")
    String moveToStory(
            @RequestParam(name = "claim", required = false) List<Long> ids,
            @RequestParam(required = false) Long storyId,
            RedirectAttributes redirect) {
        List<Long> chosen = chosen(ids);
        if (chosen.isEmpty()) {
            return nothingChosen(redirect);
        }
        if (storyId == null) {
            redirect.addFlashAttribute("flashError", "Nothing changed: choose the story to move them to.");
            return back(chosen);
        }
        int moved = claimEditing.moveToStory(chosen, storyId);
        if (moved < 0) {
            redirect.addFlashAttribute("flashError", "Nothing changed: that story no longer exists.");
            return back(chosen);
        }
        String title = stories.choices(storyId, 0).stream()
                .filter(s -> s.id() == storyId)
                .map(s -> "“" + s.title() + "”")
                .findFirst()
                .orElse("the story");
        redirect.addFlashAttribute("flash", claimsWord(moved) + " now in " + title + ".");
        return back(chosen);
    }

    /** The claims chosen: a blank box (a space, a form feed) binds as null and chooses nothing. */
    private static List<Long> chosen(List<Long> ids) {
        return ids == null
                ? List.of()
                : ids.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .limit(MAX_CLAIMS)
                        .toList();
    }

    private static String nothingChosen(RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flashError", "Nothing changed: no claim was chosen. Tick the claims on the list first.");
        return "redirect:/claims";
    }

    private static String back(List<Long> chosen) {
        UriComponentsBuilder to = UriComponentsBuilder.fromPath("/desk/bulk");
        chosen.forEach(id -> to.queryParam("claim", id));
        return "redirect:" + to.build().toUriString();
    }

    private static String claimsWord(int n) {
        return n == 1 ? "1 claim" : n + " claims";
    }
}
