package org.claimtrail.attribution;

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
 * Retract instead of delete: editors withdraw an attribution with a reason and it stays visible,
 * marked, and no longer counts. Hard deletion is for admins, after a confirmation page; the
 * history keeps it.
 */
@Controller
@EditorsOnly
class AttributionWithdrawalController {

    private final AttributionService attributions;

    AttributionWithdrawalController(AttributionService attributions) {
        this.attributions = attributions;
    }

    @GetMapping("/attributions/{id}/withdraw")
    String initAttributionWithdrawal(@PathVariable long id, Model model) {
        Attribution attribution = attributions.load(id);
        return WithdrawForm.page(
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
            return WithdrawForm.page(
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

    private static String describe(Attribution a) {
        String who = a.getSpeaker() != null ? a.getSpeaker().getName() : a.getSpeakerDescription();
        return who + " " + a.getStance().verbFor(a.getSpeakerDescription(), a.getSpeaker() != null) + " "
                + a.getStance().claimObject() + ": " + a.getClaim().getStatement() + " (in "
                + a.getSource().getTitle() + ")";
    }
}
