package org.claimtrail.claim;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.actor.ActorNames;
import org.claimtrail.form.Choices;
import org.claimtrail.form.EditConflicts;
import org.claimtrail.form.FormDrafts;
import org.claimtrail.form.Forms;
import org.claimtrail.form.PickerSearch;
import org.claimtrail.story.StoryQueries;
import org.claimtrail.story.StoryView;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create and correct claims: one template for both. A save is one service call; the story list
 * is read only when the form is shown.
 */
@Controller
@EditorsOnly
class ClaimEditingController {

    private static final String VIEW = "claims/form";

    /** Empty subject fields the form offers after the names already given. */
    static final int EMPTY_SUBJECT_FIELDS = 3;

    static final int SUBJECT_SUGGESTIONS = 200;

    /** The "Add a new actor" button's errand: keep the claim as typed, add the actor, come back. */
    static final String ADD_ACTOR = "actor";

    private final ClaimService claims;
    private final StoryQueries stories;
    private final ActorNames actorNames;
    private final ClaimQueries queries;

    ClaimEditingController(ClaimService claims, StoryQueries stories, ActorNames actorNames, ClaimQueries queries) {
        this.claims = claims;
        this.stories = stories;
        this.actorNames = actorNames;
        this.queries = queries;
    }

    /**
     * Subjects come as one repeated parameter. An indexed one (subjects[99999]) would let the
     * sender size the list, and past Spring's limit of 256 fail the binding with a server error:
     * such parameters are ignored.
     */
    @InitBinder("form")
    void bindSubjectsByName(WebDataBinder binder) {
        binder.setDisallowedFields("subjects[*]");
    }

    /**
     * {@code draft} and {@code actor} arrive when the editor comes back from adding an actor: the
     * claim as they had typed it, and the new actor as one more subject.
     */
    @GetMapping("/claims/new")
    String initCreationForm(
            @RequestParam(required = false) Long storyId,
            @RequestParam(name = FormDrafts.KEY, required = false) String draft,
            @RequestParam(required = false) String actor,
            HttpServletRequest request,
            Model model) {
        ClaimForm form = new ClaimForm();
        form.setStoryId(
                storyId != null ? storyId : stories.newest().map(StoryView::id).orElse(null));
        FormDrafts.restore(request, draft, form);
        form.addSubject(actor);
        model.addAttribute("form", form);
        return show(model, null);
    }

    @PostMapping("/claims/new")
    String processCreationForm(
            @Valid @ModelAttribute("form") ClaimForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            @RequestParam(required = false) String check,
            @RequestParam(name = FormDrafts.ERRAND, required = false) String errand,
            HttpServletRequest request) {
        if (ADD_ACTOR.equals(errand)) {
            return FormDrafts.detour(request, "/actors/new", "/claims/new");
        }
        if (PickerSearch.findingOnly(model, form.getStoryFind())) {
            return show(model, null);
        }
        ClaimService.ClaimDetails details = form.toDetails(result, actorNames);
        Optional<Claim> saved;
        try {
            saved = result.hasErrors() || Forms.checkOnly(check)
                    ? Optional.empty()
                    : Forms.save(
                            result,
                            () -> form.isDifferentClaim()
                                    ? claims.create(details)
                                    : claims.createUnlessSimilar(details));
        } catch (ClaimService.SimilarClaimsExist similar) {
            // Nothing saved: the claims on file that may say the same are shown; saving again says it is different.
            model.addAttribute("similarClaims", similar.similar());
            saved = Optional.empty();
        }
        if (saved.isPresent()) {
            redirect.addFlashAttribute("flash", "Claim added. Now attribute it to a source.");
            return "redirect:/claims/" + saved.get().getSlug();
        }
        return show(model, null);
    }

    @GetMapping("/claims/{slug}/edit")
    String initUpdateForm(
            @PathVariable String slug,
            @RequestParam(name = FormDrafts.KEY, required = false) String draft,
            @RequestParam(required = false) String actor,
            HttpServletRequest request,
            Model model) {
        Claim claim = claims.loadForEditing(slug);
        ClaimForm form = ClaimForm.of(claim);
        FormDrafts.restore(request, draft, form);
        form.addSubject(actor);
        model.addAttribute("form", form);
        return show(model, claim);
    }

    @PostMapping("/claims/{slug}/edit")
    String processUpdateForm(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") ClaimForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            @RequestParam(required = false) String check,
            @RequestParam(name = FormDrafts.ERRAND, required = false) String errand,
            HttpServletRequest request) {
        if (ADD_ACTOR.equals(errand)) {
            return FormDrafts.detour(request, "/actors/new", "/claims/" + slug + "/edit");
        }
        if (PickerSearch.findingOnly(model, form.getStoryFind())) {
            return show(model, claims.loadForEditing(slug));
        }
        ClaimService.ClaimDetails details = form.toDetails(result, actorNames);
        String correctionReason = form.isCorrection() ? Forms.text(form.getCorrectionReason()) : null;
        if (form.isCorrection() && correctionReason == null) {
            result.rejectValue(
                    "correctionReason",
                    "correction.reason",
                    "Say what changed and why; readers will see it in the corrections log.");
        }
        if (!result.hasErrors() && !Forms.checkOnly(check)) {
            try {
                if (Forms.save(result, () -> claims.update(slug, form.getVersion(), details, correctionReason))
                        .isPresent()) {
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
        ClaimForm form = (ClaimForm) model.getAttribute("form");
        form.leaveRoomForSubjects(EMPTY_SUBJECT_FIELDS);
        model.addAttribute("actorSuggestions", actorNames.suggestions(SUBJECT_SUGGESTIONS));
        model.addAttribute("claim", claim);
        Choices storyChoices = stories.storyChoices(form.getStoryId(), form.getStoryFind());
        form.setStoryId(storyChoices.chosenOr(form.getStoryId()));
        // Found: the box is empty again, so the next send saves.
        form.setStoryFind(null);
        model.addAttribute("storyChoices", storyChoices);
        model.addAttribute("statuses", ClaimStatus.values());
        return VIEW;
    }
}
