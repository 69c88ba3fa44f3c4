package org.claimtrail.claim;

import org.claimtrail.access.EditorsOnly;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtrail.actor.Actor;
import org.claimtrail.actor.ActorService;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.EditConflicts;
import org.claimtrail.form.Forms;
import org.claimtrail.source.Source;
import org.claimtrail.source.SourceService;
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

/** Attribute a claim to a speaker in a source, and correct such an attribution. */
@Controller
@EditorsOnly
class AttributionFormController {

    private final AttributionService attributions;
    private final ClaimQueries claims;
    private final SourceService sources;
    private final ActorService actors;

    AttributionFormController(AttributionService attributions, ClaimQueries claims, SourceService sources,
                              ActorService actors) {
        this.attributions = attributions;
        this.claims = claims;
        this.sources = sources;
        this.actors = actors;
    }

    @ModelAttribute("sources")
    List<Source> sources() {
        return sources.allByTitle();
    }

    @ModelAttribute("speakers")
    List<Actor> speakers() {
        return actors.all();
    }

    @ModelAttribute("stances")
    Stance[] stances() {
        return Stance.values();
    }

    /** {@code sourceId} arrives when the editor comes back from adding a new source. */
    @GetMapping("/claims/{slug}/attributions/new")
    String initCreationForm(@PathVariable String slug, @RequestParam(required = false) Long sourceId, Model model) {
        model.addAttribute("claim", claim(slug));
        AttributionForm form = new AttributionForm();
        form.setSourceId(sourceId);
        model.addAttribute("form", form);
        return "attributions/form";
    }

    @PostMapping("/claims/{slug}/attributions/new")
    String processCreationForm(@PathVariable String slug, @Valid @ModelAttribute("form") AttributionForm form,
                               BindingResult result, Model model, RedirectAttributes redirect) {
        ClaimView claim = claim(slug);
        model.addAttribute("claim", claim);
        AttributionService.AttributionDetails details = details(form, result);
        if (result.hasErrors()) {
            return "attributions/form";
        }
        attributions.create(claim.id(), details);
        redirect.addFlashAttribute("flash", "Attribution added.");
        return "redirect:/claims/" + slug;
    }

    @GetMapping("/attributions/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        Attribution attribution = attribution(id);
        model.addAttribute("attribution", attribution);
        model.addAttribute("claim", attribution.getClaim());
        model.addAttribute("form", AttributionForm.of(attribution));
        return "attributions/form";
    }

    @PostMapping("/attributions/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") AttributionForm form,
                             BindingResult result, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        Attribution attribution = attribution(id);
        model.addAttribute("attribution", attribution);
        model.addAttribute("claim", attribution.getClaim());
        AttributionService.AttributionDetails details = details(form, result);
        if (result.hasErrors()) {
            return "attributions/form";
        }
        try {
            attributions.update(id, form.getVersion(), details);
        } catch (ObjectOptimisticLockingFailureException e) {
            Attribution current = attribution(id);
            return EditConflicts.show(model, response, current, current.getVersion(), form::setVersion, "attributions/form");
        }
        redirect.addFlashAttribute("flash", "Attribution saved.");
        return "redirect:/claims/" + attribution.getClaim().getSlug();
    }

    /** AP's rules for anonymous sourcing, and what no annotation can check. */
    private AttributionService.AttributionDetails details(AttributionForm form, BindingResult result) {
        FuzzyDate stated = Forms.fuzzyDate(result, "stated", form.getStated(), form.getStatedLabel());
        Source source = sources.find(form.getSourceId()).orElse(null);
        if (form.getSourceId() != null && source == null) {
            result.rejectValue("sourceId", "source.unknown", "That source no longer exists; pick another.");
        }
        Actor speaker = actors.find(form.getSpeakerId()).orElse(null);
        if (form.getSpeakerId() != null && speaker == null) {
            result.rejectValue("speakerId", "speaker.unknown", "That speaker no longer exists; pick another.");
        }
        String description = Forms.text(form.getSpeakerDescription());
        if (form.isAnonymous()) {
            if (description == null) {
                result.rejectValue("speakerDescription", "anonymous.undescribed",
                        "Describe the anonymous source as the report does (e.g. \"two people briefed on the request\").");
            }
            if (speaker != null) {
                result.rejectValue("speakerId", "anonymous.named", "An anonymous source has no named speaker; clear one of the two.");
            }
        } else if (speaker == null && description == null && form.getSpeakerId() == null) {
            result.rejectValue("speakerId", "speaker.missing", "Pick who says it, or describe them below.");
        }
        if (!form.isAnonymous() && form.getSourceCount() != null) {
            result.rejectValue("sourceCount", "count.named", "The number of sources is for anonymous sourcing only.");
        }
        return new AttributionService.AttributionDetails(source, speaker, description, form.isAnonymous(),
                form.getSourceCount(), Forms.text(form.getBasis()), form.getStance(), verbatim(form.getQuote()), stated);
    }

    /** A quote is kept exactly as typed, spaces included; only an empty one becomes "no quote". */
    private static String verbatim(String quote) {
        return quote == null || quote.isBlank() ? null : quote;
    }

    private ClaimView claim(String slug) {
        return claims.claim(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no claim at /claims/" + slug + "."));
    }

    private Attribution attribution(long id) {
        return attributions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no attribution number " + id + "."));
    }
}
