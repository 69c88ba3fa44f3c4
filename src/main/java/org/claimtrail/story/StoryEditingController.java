package org.claimtrail.story;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.form.EditConflicts;
import org.claimtrail.form.Forms;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Create and revise stories; the read pages are in web. The slug is chosen once: it is the permalink. */
@Controller
@EditorsOnly
class StoryEditingController {

    private static final String VIEW = "stories/form";

    private final StoryService stories;

    StoryEditingController(StoryService stories) {
        this.stories = stories;
    }

    @GetMapping("/stories/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", new StoryForm());
        model.addAttribute("orders", ClaimOrder.values());
        return VIEW;
    }

    @PostMapping("/stories/new")
    String processCreationForm(
            @Valid @ModelAttribute("form") StoryForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("orders", ClaimOrder.values());
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            Story story = stories.create(details(form));
            redirect.addFlashAttribute("flash", "Story added. Now add its first claim.");
            return "redirect:/stories/" + story.getSlug();
        } catch (StoryService.SlugTaken taken) {
            result.rejectValue("slug", "slug.taken", taken.getMessage() + " Choose another, or leave it empty.");
            model.addAttribute("takenSlug", taken.slug());
            return VIEW;
        }
    }

    @GetMapping("/stories/{slug}/edit")
    String initUpdateForm(@PathVariable String slug, Model model) {
        Story story = stories.loadForEditing(slug);
        model.addAttribute("form", StoryForm.of(story));
        return show(model, story);
    }

    @PostMapping("/stories/{slug}/edit")
    String processUpdateForm(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") StoryForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Story story = stories.loadForEditing(slug);
        // The permalink never changes: whatever came in the slug field, the story keeps its own.
        form.setSlug(story.getSlug());
        if (result.hasErrors()) {
            return show(model, story);
        }
        try {
            stories.update(slug, form.getVersion(), details(form));
        } catch (ObjectOptimisticLockingFailureException e) {
            Story current = stories.loadForEditing(slug);
            show(model, current);
            return EditConflicts.show(model, response, current, current.getVersion(), form::setVersion, VIEW);
        }
        redirect.addFlashAttribute("flash", "Story saved.");
        return "redirect:/stories/" + slug;
    }

    private static String show(Model model, Story story) {
        model.addAttribute("story", story);
        model.addAttribute("orders", ClaimOrder.values());
        return VIEW;
    }

    private static StoryService.StoryDetails details(StoryForm form) {
        return new StoryService.StoryDetails(
                Forms.text(form.getSlug()),
                form.getTitle().strip(),
                Forms.text(form.getSummary()),
                form.getClaimOrder(),
                form.isFeatured());
    }
}
