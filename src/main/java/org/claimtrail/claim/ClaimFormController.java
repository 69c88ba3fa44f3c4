package org.claimtrail.claim;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.EditConflicts;
import org.claimtrail.form.Forms;
import org.claimtrail.story.StoryQueries;
import org.claimtrail.story.StoryView;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;

/**
 * Create and correct claims: one template for both. A save is one service call; the story list
 * is read only when the form is shown.
 */
@Controller
@EditorsOnly
class ClaimFormController {

    private static final String VIEW = "claims/form";

    private final ClaimService claims;
    private final StoryQueries stories;

    ClaimFormController(ClaimService claims, StoryQueries stories) {
        this.claims = claims;
        this.stories = stories;
    }

    @GetMapping("/claims/new")
    String initCreationForm(@RequestParam(required = false) Long storyId, Model model) {
        ClaimForm form = new ClaimForm();
        form.setStoryId(storyId != null ? storyId : stories.newest().map(StoryView::id).orElse(null));
        model.addAttribute("form", form);
        return show(model, null);
    }

    @PostMapping("/claims/new")
    String processCreationForm(@Valid @ModelAttribute("form") ClaimForm form, BindingResult result, Model model,
                               RedirectAttributes redirect, @RequestParam(required = false) String check) {
        ClaimService.ClaimDetails details = details(form, result);
        Optional<Claim> saved = result.hasErrors() || Forms.checkOnly(check) ? Optional.empty() : Forms.save(result, () -> claims.create(details));
        if (saved.isPresent()) {
            redirect.addFlashAttribute("flash", "Claim added. Now attribute it to a source.");
            return "redirect:/claims/" + saved.get().getSlug();
        }
        return show(model, null);
    }

    @GetMapping("/claims/{slug}/edit")
    String initUpdateForm(@PathVariable String slug, Model model) {
        Claim claim = claims.loadForEditing(slug);
        model.addAttribute("form", ClaimForm.of(claim));
        return show(model, claim);
    }

    @PostMapping("/claims/{slug}/edit")
    String processUpdateForm(@PathVariable String slug, @Valid @ModelAttribute("form") ClaimForm form,
                             BindingResult result, Model model, RedirectAttributes redirect,
                             HttpServletResponse response, @RequestParam(required = false) String check) {
        ClaimService.ClaimDetails details = details(form, result);
        String correctionReason = form.isCorrection() ? Forms.text(form.getCorrectionReason()) : null;
        if (form.isCorrection() && correctionReason == null) {
            result.rejectValue("correctionReason", "correction.reason",
                    "Say what changed and why; readers will see it in the corrections log.");
        }
        if (!result.hasErrors() && !Forms.checkOnly(check)) {
            try {
                if (Forms.save(result, () -> claims.update(slug, form.getVersion(), details, correctionReason)).isPresent()) {
                    redirect.addFlashAttribute("flash", "Claim saved.");
                    return "redirect:/claims/" + slug;
                }
            } catch (ObjectOptimisticLockingFailureException e) {
                Claim current = claims.loadForEditing(slug);
                show(model, current);
                return EditConflicts.show(model, response, current, current.getVersion(), form::setVersion, VIEW);
            }
        }
        return show(model, claims.loadForEditing(slug));
    }

    private String show(Model model, Claim claim) {
        model.addAttribute("claim", claim);
        model.addAttribute("stories", stories.choices());
        model.addAttribute("statuses", ClaimStatus.values());
        return VIEW;
    }

    /** What no annotation can check; the story id is checked when saving. */
    private static ClaimService.ClaimDetails details(ClaimForm form, BindingResult result) {
        FuzzyDate event = Forms.fuzzyDate(result, "event", form.getEvent(), form.getEventLabel());
        if (form.getStatus() != null && form.getStatus().needsReason() && Forms.text(form.getStatusReason()) == null) {
            result.rejectValue("statusReason", "reason.required",
                    "Say why the claim is " + form.getStatus().name().toLowerCase() + "; readers will see it.");
        }
        return new ClaimService.ClaimDetails(form.getStoryId(), Forms.text(form.getStatement()), form.getStatus(),
                Forms.text(form.getStatusReason()), event, Forms.tags(form.getTopics()));
    }
}
