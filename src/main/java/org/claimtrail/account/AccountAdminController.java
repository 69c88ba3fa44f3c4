package org.claimtrail.account;

import jakarta.validation.Valid;
import java.security.Principal;
import org.claimtrail.access.AdminsOnly;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/accounts: list accounts, create one with an initial password, change roles, disable or re-enable. */
@Controller
@AdminsOnly
class AccountAdminController {

    private final AccountService accounts;

    AccountAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String initAccountForm(Model model) {
        model.addAttribute("form", new NewAccountForm());
        return page(model);
    }

    @PostMapping("/admin/accounts")
    String processAccountForm(
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String passwordProblem = PasswordRules.problem(form.getPassword());
        if (passwordProblem != null && !result.hasFieldErrors("password")) {
            result.rejectValue("password", "password.weak", passwordProblem);
        }
        if (result.hasErrors()) {
            return page(model);
        }
        Account created;
        try {
            created = accounts.create(form.getUsername(), form.getPassword(), form.getRole());
        } catch (AccountService.UsernameTaken taken) {
            result.rejectValue("username", "username.taken", taken.getMessage());
            return page(model);
        }
        redirect.addFlashAttribute("flash", "Account " + created.getUsername() + " created.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        try {
            accounts.disable(id, principal.getName());
            redirect.addFlashAttribute("flash", "Account disabled. Its sign-ins have ended.");
        } catch (AccountService.Refused refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.enable(id);
        redirect.addFlashAttribute("flash", "Account enabled.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
        try {
            accounts.changeRole(id, role);
            redirect.addFlashAttribute("flash", "Role changed. The account signs in again to use it.");
        } catch (AccountService.Refused refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    private String page(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "account/admin";
    }
}
