package org.claimtrail.attribution;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.actor.ActorService;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.claim.Stance;
import org.claimtrail.date.WrittenDates;
import org.claimtrail.form.Choices;
import org.claimtrail.form.EditConflicts;
import org.claimtrail.form.FormDrafts;
import org.claimtrail.form.Forms;
import org.claimtrail.form.PickerSearch;
import org.claimtrail.source.SourceCopies;
import org.claimtrail.source.SourceService;
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

/**
 * Attribute a claim to a speaker in a source, and correct such an attribution. A save is one
 * service call (one transaction, ids resolved inside it); the source and speaker lists are read
 * only when the form is shown, never for a post that succeeds.
 */
@Controller
@EditorsOnly
class AttributionEditingController {

    private static final String VIEW = "attributions/form";

    private final AttributionService attributions;
    private final ClaimQueries claims;
    private final SourceService sources;
    private final ActorService actors;
    private final AttributionQueries queries;
    private final SourceCopies copies;

    AttributionEditingController(
            AttributionService attributions,
            ClaimQueries claims,
            SourceService sources,
            ActorService actors,
            AttributionQueries queries,
            SourceCopies copies) {
        this.copies = copies;
        this.attributions = attributions;
        this.queries = queries;
        this.claims = claims;
        this.sources = sources;
        this.actors = actors;
    }

    /**
     * {@code sourceId} or {@code actor} arrive when the editor comes back from adding a new source or
     * speaker; {@code draft} brings back what they had typed before they went.
     */
    @GetMapping("/claims/{slug}/attributions/new")
    String initCreationForm(
            @PathVariable String slug,
            @RequestParam(name = FormDrafts.KEY, required = false) String draft,
            @RequestParam(required = false) Long sourceId,
            @RequestParam(required = false) String actor,
            HttpServletRequest request,
            Model model) {
        AttributionForm form = new AttributionForm();
        FormDrafts.restore(request, draft, form);
        choose(form, sourceId, actor);
        model.addAttribute("form", form);
        return showFor(model, claims.load(slug));
    }

    @PostMapping("/claims/{slug}/attributions/new")
    String processCreationForm(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") AttributionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            @RequestParam(required = false) String check,
            @RequestParam(name = FormDrafts.ERRAND, required = false) String errand,
            HttpServletRequest request) {
        Optional<String> detour = detour(errand, request, "/claims/" + slug + "/attributions/new");
        if (detour.isPresent()) {
            return detour.get();
        }
        if (PickerSearch.findingOnly(model, form.getSourceFind(), form.getSpeakerFind(), form.getRelaysFind())) {
            return showFor(model, claims.load(slug));
        }
        readDatesAgainstTheSource(form);
        AttributionService.AttributionDetails details = form.toDetails(result);
        if (!result.hasErrors() && !Forms.checkOnly(check)) {
            Optional<AttributionService.Saved> added =
                    Forms.save(result, () -> attributions.createTelling(slug, details));
            if (added.isPresent()) {
                saved(redirect, "Attribution added.", added.get());
                return "redirect:/claims/" + slug;
            }
        }
        return showFor(model, claims.load(slug));
    }

    @GetMapping("/attributions/{id}/edit")
    String initUpdateForm(
            @PathVariable long id,
            @RequestParam(name = FormDrafts.KEY, required = false) String draft,
            @RequestParam(required = false) Long sourceId,
            @RequestParam(required = false) String actor,
            HttpServletRequest request,
            Model model) {
        Attribution attribution = attributions.load(id);
        AttributionForm form = AttributionForm.of(attribution);
        FormDrafts.restore(request, draft, form);
        choose(form, sourceId, actor);
        model.addAttribute("form", form);
        return show(
                model,
                attribution.getClaim(),
                attribution,
                attribution.getClaim().getId());
    }

    @PostMapping("/attributions/{id}/edit")
    String processUpdateForm(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AttributionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            @RequestParam(required = false) String check,
            @RequestParam(name = FormDrafts.ERRAND, required = false) String errand,
            HttpServletRequest request) {
        Optional<String> detour = detour(errand, request, "/attributions/" + id + "/edit");
        if (detour.isPresent()) {
            return detour.get();
        }
        if (PickerSearch.findingOnly(model, form.getSourceFind(), form.getSpeakerFind(), form.getRelaysFind())) {
            Attribution attribution = attributions.load(id);
            return show(
                    model,
                    attribution.getClaim(),
                    attribution,
                    attribution.getClaim().getId());
        }
        readDatesAgainstTheSource(form);
        AttributionService.AttributionDetails details = form.toDetails(result);
        if (!result.hasErrors() && !Forms.checkOnly(check)) {
            try {
                Optional<AttributionService.Saved> saved =
                        Forms.save(result, () -> attributions.updateTelling(id, form.getVersion(), details));
                if (saved.isPresent()) {
                    saved(redirect, "Attribution saved.", saved.get());
                    return "redirect:/claims/"
                            + saved.get().attribution().getClaim().getSlug();
                }
            } catch (ObjectOptimisticLockingFailureException e) {
                Attribution current = attributions.load(id);
                show(model, current.getClaim(), current, current.getClaim().getId());
                return EditConflicts.show(model, response, current, current.getVersion(), form::setVersion, VIEW);
            }
        }
        Attribution attribution = attributions.load(id);
        return show(
                model,
                attribution.getClaim(),
                attribution,
                attribution.getClaim().getId());
    }

    /**
     * The flash after a save, saying when the attribution counts as the same origin as others, with
     * the way to change it: the form's "A separate origin", or whom its speaker speaks for.
     */
    private static void saved(RedirectAttributes redirect, String done, AttributionService.Saved saved) {
        Optional<String> same = saved.sameOrigin();
        long id = saved.attribution().getId();
        redirect.addFlashAttribute("flash", same.map(note -> done + " " + note).orElse(done));
        if (same.isPresent()) {
            redirect.addFlashAttribute("flashLink", "/attributions/" + id + "/edit#separateOrigin");
            redirect.addFlashAttribute("flashLinkText", "Change");
        }
    }

    /**
     * "Add a new source" or "Add a new speaker": the form as typed is kept and the editor goes to
     * that form, which comes back here with the new item chosen.
     */
    private static Optional<String> detour(String errand, HttpServletRequest request, String backTo) {
        if ("source".equals(errand)) {
            return Optional.of(FormDrafts.detour(request, "/sources/new", backTo));
        }
        if ("speaker".equals(errand)) {
            return Optional.of(FormDrafts.detour(request, "/actors/new", backTo));
        }
        return Optional.empty();
    }

    /**
     * "late last year" said in a source is read against the source's day. Looked up only for such
     * words: every other save stays one transaction, with no read before it.
     */
    private void readDatesAgainstTheSource(AttributionForm form) {
        if (WrittenDates.needsTheSourcesDay(form.getStated())) {
            form.readDatesAgainst(sources.writtenOn(form.getSourceId()).orElse(null));
        }
    }

    /** The source or speaker just added, chosen on the form the editor came back to. */
    private void choose(AttributionForm form, Long sourceId, String actorSlug) {
        if (sourceId != null) {
            form.setSourceId(sourceId);
        }
        if (actorSlug != null) {
            actors.bySlug(actorSlug).ifPresent(speaker -> form.setSpeakerId(speaker.getId()));
        }
    }

    /** The form for a new attribution of a claim. */
    private String showFor(Model model, ClaimView claim) {
        return show(model, claim, null, claim.id());
    }

    /** The form page: the claim (a page view or the entity; the template reads slug and statement of either). */
    private String show(Model model, Object claim, Attribution attribution, long claimId) {
        model.addAttribute("claim", claim);
        Long editing = attribution == null ? null : attribution.getId();
        model.addAttribute("wordings", Wording.values());
        model.addAttribute("attribution", attribution);
        AttributionForm form = (AttributionForm) model.getAttribute("form");
        Choices relayChoices = queries.relayChoices(claimId, editing, form.getRelaysId(), form.getRelaysFind());
        form.setRelaysId(relayChoices.chosenOr(form.getRelaysId()));
        form.setRelaysFind(null);
        model.addAttribute("relayChoices", relayChoices);
        Choices sourceChoices = sources.choices(form.getSourceId(), form.getSourceFind());
        Choices speakerChoices = actors.choices(form.getSpeakerId(), form.getSpeakerFind());
        form.setSourceId(sourceChoices.chosenOr(form.getSourceId()));
        form.setSpeakerId(speakerChoices.chosenOr(form.getSpeakerId()));
        // Found: the boxes are empty again, so the next send saves.
        form.setSourceFind(null);
        form.setSpeakerFind(null);
        model.addAttribute("sourceChoices", sourceChoices);
        if (Forms.text(form.getQuote()) != null && form.getSourceId() != null) {
            model.addAttribute("quoteCheck", QuoteCheck.of(form.getQuote(), copies.of(form.getSourceId())));
        }
        // "late last year" under the date field reads against the chosen source's day.
        model.addAttribute("writtenOn", sources.writtenOn(form.getSourceId()).orElse(null));
        model.addAttribute("speakerChoices", speakerChoices);
        model.addAttribute("stances", Stance.values());
        return VIEW;
    }
}
