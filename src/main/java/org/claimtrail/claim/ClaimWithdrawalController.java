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
 * Retract instead of delete: editors withdraw a claim with a reason and it stays visible, marked.
 * Hard deletion is for admins, after a confirmation page; the history keeps it. (An attribution's
 * withdrawal and deletion are attribution.AttributionWithdrawalController's.)
 */
@Controller
@EditorsOnly
class ClaimWithdrawalController {

    private final ClaimService claims;
    private final ClaimQueries queries;

    ClaimWithdrawalController(ClaimService claims, ClaimQueries queries) {
        this.claims = claims;
        this.queries = queries;
    }

    @GetMapping("/claims/{slug}/withdraw")
    String initClaimWithdrawal(@PathVariable String slug, Model model) {
        return WithdrawForm.page(
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
            return WithdrawForm.page(
                    model, queries.load(slug).statement(), "/claims/" + slug, form, "/claims/" + slug + "/withdraw");
        }
        claims.withdraw(slug, form.getReason().strip());
        redirect.addFlashAttribute("flash", "Claim withdrawn. It stays visible, marked as withdrawn.");
        return "redirect:/claims/" + slug;
    }

    @AdminsOnly
    @GetMapping("/claims/{slug}/delete")
    String confirmClaimDeletion(@PathVariable String slug, Model model) {
        ClaimView claim = queries.load(slug);
        long attributionCount = queries.attributionCount(claim.id());
        model.addAttribute(
                "what",
                "the claim “" + claim.statement() + "” with its " + attributionCount
                        + " attribution(s) and its "
                        + queries.linkCount(claim.id()) + " link(s)");
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
}
