package org.claimtrail.claim;

import org.claimtrail.access.EditorsOnly;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.EditConflicts;
import org.claimtrail.form.Forms;
import org.claimtrail.story.Story;
import org.claimtrail.story.StoryRepository;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** Create and correct claims: one template for both. */
@Controller
@EditorsOnly
class ClaimFormController {

    private final ClaimService claims;
    private final ClaimRepository repository;
    private final StoryRepository stories;

    ClaimFormController(ClaimService claims, ClaimRepository repository, StoryRepository stories) {
        this.claims = claims;
        this.repository = repository;
        this.stories = stories;
    }

    @ModelAttribute("stories")
    List<Story> stories() {
        return stories.findAllByOrderByIdDesc();
    }

    @ModelAttribute("statuses")
    ClaimStatus[] statuses() {
        return ClaimStatus.values();
    }

    @GetMapping("/claims/new")
    String initCreationForm(@RequestParam(required = false) Long storyId, Model model) {
        ClaimForm form = new ClaimForm();
        form.setStoryId(storyId != null ? storyId : stories.findAllByOrderByIdDesc().stream().findFirst().map(Story::getId).orElse(null));
        model.addAttribute("form", form);
        return "claims/form";
    }

    @PostMapping("/claims/new")
    String processCreationForm(@Valid @ModelAttribute("form") ClaimForm form, BindingResult result,
                               RedirectAttributes redirect) {
        ClaimService.ClaimDetails details = details(form, result);
        if (result.hasErrors()) {
            return "claims/form";
        }
        Claim claim = claims.create(details);
        redirect.addFlashAttribute("flash", "Claim added. Now attribute it to a source.");
        return "redirect:/claims/" + claim.getSlug();
    }

    @GetMapping("/claims/{slug}/edit")
    String initUpdateForm(@PathVariable String slug, Model model) {
        Claim claim = find(slug);
        model.addAttribute("claim", claim);
        model.addAttribute("form", ClaimForm.of(claim));
        return "claims/form";
    }

    @PostMapping("/claims/{slug}/edit")
    String processUpdateForm(@PathVariable String slug, @Valid @ModelAttribute("form") ClaimForm form,
                             BindingResult result, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        Claim claim = find(slug);
        model.addAttribute("claim", claim);
        ClaimService.ClaimDetails details = details(form, result);
        if (result.hasErrors()) {
            return "claims/form";
        }
        try {
            claims.update(claim.getId(), form.getVersion(), details);
        } catch (ObjectOptimisticLockingFailureException e) {
            Claim current = find(slug);
            return EditConflicts.show(model, response, current, current.getVersion(), form::setVersion, "claims/form");
        }
        redirect.addFlashAttribute("flash", "Claim saved.");
        return "redirect:/claims/" + slug;
    }

    private ClaimService.ClaimDetails details(ClaimForm form, BindingResult result) {
        FuzzyDate event = Forms.fuzzyDate(result, "event", form.getEvent(), form.getEventLabel());
        if (form.getStatus() != null && form.getStatus().needsReason() && Forms.text(form.getStatusReason()) == null) {
            result.rejectValue("statusReason", "reason.required",
                    "Say why the claim is " + form.getStatus().name().toLowerCase() + "; readers will see it.");
        }
        Story story = form.getStoryId() == null ? null : stories.findById(form.getStoryId()).orElse(null);
        if (form.getStoryId() != null && story == null) {
            result.rejectValue("storyId", "story.unknown", "That story no longer exists; pick another.");
        }
        return new ClaimService.ClaimDetails(story, Forms.text(form.getStatement()), form.getStatus(),
                Forms.text(form.getStatusReason()), event, Forms.tags(form.getTopics()));
    }

    private Claim find(String slug) {
        return repository.findForEditing(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no claim at /claims/" + slug + "."));
    }
}
