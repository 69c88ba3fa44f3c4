package org.claimtrail.account;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/accounts: list accounts, create one with an initial password, disable or re-enable. */
@Controller
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
    String processAccountForm(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result,
                              Model model, RedirectAttributes redirect) {
        String passwordProblem = PasswordRules.problem(form.getPassword());
        if (passwordProblem != null && !result.hasFieldErrors("password")) {
            result.rejectValue("password", "password.weak", passwordProblem);
        }
        if (!result.hasFieldErrors("username") && accounts.exists(form.getUsername())) {
            result.rejectValue("username", "username.taken", "That username is taken.");
        }
        if (result.hasErrors()) {
            return page(model);
        }
        accounts.create(form.getUsername(), form.getPassword(), form.getRole());
        redirect.addFlashAttribute("flash", "Account " + form.getUsername().strip() + " created.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.setEnabled(id, false);
        redirect.addFlashAttribute("flash", "Account disabled.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.setEnabled(id, true);
        redirect.addFlashAttribute("flash", "Account enabled.");
        return "redirect:/admin/accounts";
    }

    private String page(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "account/admin";
    }
}
