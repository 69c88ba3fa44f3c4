package org.claimtrail.claim;

import jakarta.validation.Valid;
import org.claimtrail.access.AdminsOnly;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.form.WithdrawForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Retract instead of delete: editors withdraw a claim or attribution with a reason and it stays
 * visible, marked. Hard deletion is for admins, after a confirmation page; the history keeps it.
 */
@Controller
@EditorsOnly
class WithdrawalController {

    private final ClaimService claims;
    private final AttributionService attributions;
    private final ClaimQueries queries;

    WithdrawalController(ClaimService claims, AttributionService attributions, ClaimQueries queries) {
        this.claims = claims;
        this.attributions = attributions;
        this.queries = queries;
    }

    @GetMapping("/claims/{slug}/withdraw")
    String initClaimWithdrawal(@PathVariable String slug, Model model) {
        return withdrawPage(
                model,
                queries.load(slug).statement(),
                "/claims/" + slug,
                new WithdrawForm(),
                "/claims/" + slug + "/withdraw");
    }

    @PostMapping("/claims/{slug}/withdraw")
    String processClaimWithdrawal(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") WithdrawForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return withdrawPage(
                    model, queries.load(slug).statement(), "/claims/" + slug, form, "/claims/" + slug + "/withdraw");
        }
        claims.withdraw(slug, form.getReason().strip());
        redirect.addFlashAttribute("flash", "Claim withdrawn. It stays visible, marked as withdrawn.");
        return "redirect:/claims/" + slug;
    }

    @GetMapping("/attributions/{id}/withdraw")
    String initAttributionWithdrawal(@PathVariable long id, Model model) {
        Attribution attribution = attributions.load(id);
        return withdrawPage(
                model,
                describe(attribution),
                "/claims/" + attribution.getClaim().getSlug(),
                new WithdrawForm(),
                "/attributions/" + id + "/withdraw");
    }

    @PostMapping("/attributions/{id}/withdraw")
    String processAttributionWithdrawal(
            @PathVariable long id,
            @Valid @ModelAttribute("form") WithdrawForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            Attribution attribution = attributions.load(id);
            return withdrawPage(
                    model,
                    describe(attribution),
                    "/claims/" + attribution.getClaim().getSlug(),
                    form,
                    "/attributions/" + id + "/withdraw");
        }
        Attribution withdrawn = attributions.withdraw(id, form.getReason().strip());
        redirect.addFlashAttribute("flash", "Attribution withdrawn. It no longer counts in the sourcing summary.");
        return "redirect:/claims/" + withdrawn.getClaim().getSlug();
    }

    @AdminsOnly
    @GetMapping("/claims/{slug}/delete")
    String confirmClaimDeletion(@PathVariable String slug, Model model) {
        ClaimPageView claim = queries.loadPage(slug);
        long attributionCount = claim.groups().values().stream()
                .mapToLong(ClaimPageView.Group::total)
                .sum();
        model.addAttribute(
                "what",
                "the claim “" + claim.claim().statement() + "” with its " + attributionCount
                        + " attribution(s) and its "
                        + queries.linkCount(claim.claim().id()) + " link(s)");
        model.addAttribute("cancel", "/claims/" + slug);
        model.addAttribute("action", "/claims/" + slug + "/delete");
        return "claims/delete";
    }

    @AdminsOnly
    @PostMapping("/claims/{slug}/delete")
    String deleteClaim(@PathVariable String slug, RedirectAttributes redirect) {
        claims.delete(slug);
        redirect.addFlashAttribute("flash", "Claim deleted. Its history remains at /claims/" + slug + "/history.");
        return "redirect:/claims";
    }

    @AdminsOnly
    @GetMapping("/attributions/{id}/delete")
    String confirmAttributionDeletion(@PathVariable long id, Model model) {
        Attribution attribution = attributions.load(id);
        model.addAttribute("what", "the attribution: " + describe(attribution));
        model.addAttribute("cancel", "/claims/" + attribution.getClaim().getSlug());
        model.addAttribute("action", "/attributions/" + id + "/delete");
        return "claims/delete";
    }

    @AdminsOnly
    @PostMapping("/attributions/{id}/delete")
    String deleteAttribution(@PathVariable long id, RedirectAttributes redirect) {
        String claimPath = "/claims/" + attributions.delete(id);
        redirect.addFlashAttribute("flash", "Attribution deleted.");
        return "redirect:" + claimPath;
    }

    private static String withdrawPage(Model model, String what, String cancel, WithdrawForm form, String action) {
        model.addAttribute("action", action);
        model.addAttribute("what", what);
        model.addAttribute("cancel", cancel);
        model.addAttribute("form", form);
        return "forms/withdraw";
    }

    private static String describe(Attribution a) {
        String who = a.getSpeaker() != null ? a.getSpeaker().getName() : a.getSpeakerDescription();
        return who + " " + a.getStance().verbFor(a.getSpeakerDescription(), a.getSpeaker() != null) + " “"
                + a.getClaim().getStatement() + "” in " + a.getSource().getTitle();
    }
}
