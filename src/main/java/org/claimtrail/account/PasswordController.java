package org.claimtrail.account;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.Principal;
import org.claimtrail.access.SignedInOnly;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /account/password: every signed-in user changes their own password. */
@Controller
@SignedInOnly
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String initPasswordForm(@ModelAttribute("form") PasswordForm form) {
        return "account/password";
    }

    @PostMapping("/account/password")
    String processPasswordForm(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            Principal principal,
            HttpSession session,
            RedirectAttributes redirect) {
        String problem = PasswordRules.problem(form.getNewPassword());
        if (problem != null && !result.hasFieldErrors("newPassword")) {
            result.rejectValue("newPassword", "password.weak", problem);
        }
        if (form.getNewPassword() != null
                && !form.getNewPassword().equals(form.getRepeatPassword())
                && !result.hasFieldErrors("repeatPassword")) {
            result.rejectValue("repeatPassword", "password.mismatch", "The two new passwords differ.");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        if (!accounts.changePassword(
                principal.getName(), form.getCurrentPassword(), form.getNewPassword(), session.getId())) {
            result.rejectValue("currentPassword", "password.wrong", "That is not your current password.");
            return "account/password";
        }
        redirect.addFlashAttribute("flash", "Your password has been changed. Your other sign-ins have ended.");
        return "redirect:/account/password";
    }
}
