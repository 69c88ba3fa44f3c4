package org.claimtrail.claim;

import org.claimtrail.access.AdminsOnly;
import org.claimtrail.access.EditorsOnly;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
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
        return withdrawPage(model, claim(slug).statement(), "/claims/" + slug, new WithdrawForm(),
                "/claims/" + slug + "/withdraw");
    }

    @PostMapping("/claims/{slug}/withdraw")
    String processClaimWithdrawal(@PathVariable String slug, @Valid @ModelAttribute("form") WithdrawForm form,
                                  BindingResult result, Model model, RedirectAttributes redirect) {
        ClaimView claim = claim(slug);
        if (result.hasErrors()) {
            return withdrawPage(model, claim.statement(), "/claims/" + slug, form, "/claims/" + slug + "/withdraw");
        }
        claims.withdraw(claim.id(), form.getReason().strip());
        redirect.addFlashAttribute("flash", "Claim withdrawn. It stays visible, marked as withdrawn.");
        return "redirect:/claims/" + slug;
    }

    @GetMapping("/attributions/{id}/withdraw")
    String initAttributionWithdrawal(@PathVariable long id, Model model) {
        Attribution attribution = attribution(id);
        return withdrawPage(model, describe(attribution), "/claims/" + attribution.getClaim().getSlug(), new WithdrawForm(),
                "/attributions/" + id + "/withdraw");
    }

    @PostMapping("/attributions/{id}/withdraw")
    String processAttributionWithdrawal(@PathVariable long id, @Valid @ModelAttribute("form") WithdrawForm form,
                                        BindingResult result, Model model, RedirectAttributes redirect) {
        Attribution attribution = attribution(id);
        String claimPath = "/claims/" + attribution.getClaim().getSlug();
        if (result.hasErrors()) {
            return withdrawPage(model, describe(attribution), claimPath, form, "/attributions/" + id + "/withdraw");
        }
        attributions.withdraw(id, form.getReason().strip());
        redirect.addFlashAttribute("flash", "Attribution withdrawn. It no longer counts in the sourcing summary.");
        return "redirect:" + claimPath;
    }

    @AdminsOnly
    @GetMapping("/claims/{slug}/delete")
    String confirmClaimDeletion(@PathVariable String slug, Model model) {
        ClaimPageView claim = queries.claimPage(slug).orElseThrow(() -> notFound(slug));
        long attributionCount = claim.groups().values().stream().mapToLong(ClaimPageView.Group::total).sum();
        model.addAttribute("what", "the claim “" + claim.claim().statement() + "” with its " + attributionCount
                + " attribution(s) and its " + (claim.outgoingTotal() + claim.incomingTotal()) + " link(s)");
        model.addAttribute("cancel", "/claims/" + slug);
        model.addAttribute("action", "/claims/" + slug + "/delete");
        return "claims/delete";
    }

    @AdminsOnly
    @PostMapping("/claims/{slug}/delete")
    String deleteClaim(@PathVariable String slug, RedirectAttributes redirect) {
        claims.delete(claim(slug).id());
        redirect.addFlashAttribute("flash", "Claim deleted. Its history remains at /claims/" + slug + "/history.");
        return "redirect:/claims";
    }

    @AdminsOnly
    @GetMapping("/attributions/{id}/delete")
    String confirmAttributionDeletion(@PathVariable long id, Model model) {
        Attribution attribution = attribution(id);
        model.addAttribute("what", "the attribution: " + describe(attribution));
        model.addAttribute("cancel", "/claims/" + attribution.getClaim().getSlug());
        model.addAttribute("action", "/attributions/" + id + "/delete");
        return "claims/delete";
    }

    @AdminsOnly
    @PostMapping("/attributions/{id}/delete")
    String deleteAttribution(@PathVariable long id, RedirectAttributes redirect) {
        String claimPath = "/claims/" + attribution(id).getClaim().getSlug();
        attributions.delete(id);
        redirect.addFlashAttribute("flash", "Attribution deleted.");
        return "redirect:" + claimPath;
    }

    private static String withdrawPage(Model model, String what, String cancel, WithdrawForm form, String action) {
        model.addAttribute("action", action);
        model.addAttribute("what", what);
        model.addAttribute("cancel", cancel);
        model.addAttribute("form", form);
        return "claims/withdraw";
    }

    private static String describe(Attribution a) {
        String who = a.getSpeaker() != null ? a.getSpeaker().getName() : a.getSpeakerDescription();
        return who + " " + a.getStance().label() + " “" + a.getClaim().getStatement()
                + "” in " + a.getSource().getTitle();
    }

    private ClaimView claim(String slug) {
        return queries.claim(slug).orElseThrow(() -> notFound(slug));
    }

    private static ResponseStatusException notFound(String slug) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no claim at /claims/" + slug + ".");
    }

    private Attribution attribution(long id) {
        return attributions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no attribution number " + id + "."));
    }
}
