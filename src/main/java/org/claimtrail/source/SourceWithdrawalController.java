package org.claimtrail.source;

import jakarta.validation.Valid;
import org.claimtrail.access.AdminsOnly;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.form.WithdrawForm;
import org.claimtrail.site.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Withdrawing a source (editors, with a reason) and merging a duplicate into the source it repeats (admins). */
@Controller
@EditorsOnly
class SourceWithdrawalController {

    private final SourceWithdrawal withdrawal;
    private final SourceService sources;

    SourceWithdrawalController(SourceWithdrawal withdrawal, SourceService sources) {
        this.withdrawal = withdrawal;
        this.sources = sources;
    }

    @GetMapping("/sources/{id}/withdraw")
    String initWithdrawal(@PathVariable long id, Model model) {
        return withdrawPage(model, load(id), new WithdrawForm());
    }

    @PostMapping("/sources/{id}/withdraw")
    String processWithdrawal(
            @PathVariable long id,
            @Valid @ModelAttribute("form") WithdrawForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Source source = load(id);
        if (source.isWithdrawn()) {
            redirect.addFlashAttribute("flashError", "This source was already withdrawn.");
            return "redirect:/sources/" + id;
        }
        if (result.hasErrors()) {
            return withdrawPage(model, source, form);
        }
        withdrawal.withdraw(id, form.getReason().strip());
        redirect.addFlashAttribute(
                "flash",
                "Source withdrawn, with every attribution to it. They stay visible, "
                        + "marked, and no longer count in sourcing summaries.");
        return "redirect:/sources/" + id;
    }

    @AdminsOnly
    @GetMapping("/sources/{id}/merge")
    String initMerge(@PathVariable long id, Model model) {
        model.addAttribute("source", load(id));
        return "sources/merge";
    }

    @AdminsOnly
    @PostMapping("/sources/{id}/merge")
    String processMerge(
            @PathVariable long id,
            @RequestParam(required = false) String into,
            Model model,
            RedirectAttributes redirect) {
        Source duplicate = load(id);
        model.addAttribute("source", duplicate);
        Long intoId = sourceNumber(into);
        if (intoId == null || sources.find(intoId).isEmpty()) {
            model.addAttribute(
                    "error", "Give the number of the source this one repeats, as in its address /sources/12.");
            model.addAttribute("into", into);
            return "sources/merge";
        }
        try {
            withdrawal.merge(id, intoId);
            redirect.addFlashAttribute(
                    "flash",
                    "Merged: the attributions of source " + id + " moved here; it is "
                            + "withdrawn as this one's duplicate.");
            return "redirect:/sources/" + intoId;
        } catch (IllegalArgumentException refused) {
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("into", into);
            return "sources/merge";
        }
    }

    /** "12", "/sources/12" or a full address of a source page: the number, or null. */
    private static Long sourceNumber(String typed) {
        if (typed == null) {
            return null;
        }
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?:^|/sources/)(\\d{1,18})/?$").matcher(typed.strip());
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    private static String withdrawPage(Model model, Source source, WithdrawForm form) {
        return WithdrawForm.page(
                model,
                "The source “" + source.getTitle() + "” and every attribution to it.",
                "/sources/" + source.getId(),
                form,
                "/sources/" + source.getId() + "/withdraw");
    }

    private Source load(long id) {
        return sources.find(id).orElseThrow(() -> NotFound.source(id));
    }
}
