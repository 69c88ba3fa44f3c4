package org.claimtrail.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    private final SignInThrottle throttle;

    SignInController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        model.addAttribute("lockoutMinutes", Math.max(1, throttle.lockout().toMinutes()));
        model.addAttribute("maxDelaySeconds", throttle.accountMaxDelay().toSeconds());
        return "account/login";
    }
}
