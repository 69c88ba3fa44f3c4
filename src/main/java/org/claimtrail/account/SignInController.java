package org.claimtrail.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SignInController {

    private final SignInThrottle throttle;

    SignInController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /**
     * The sign-in form for a form that was sent after its session ended (SessionEndedPosts): it
     * carries every field as sent, and says that nothing was saved. 401, with the page to sign in.
     */
    @PostMapping(SessionEndedPosts.PAGE)
    String signInToSendAgain(HttpServletRequest request, HttpServletResponse response, Model model) {
        String carriedTo = SessionEndedPosts.carriedTo(request);
        if (carriedTo == null) {
            return "redirect:/login";
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Cookie realm=\"Claimtrail\"");
        model.addAttribute("carriedTo", carriedTo);
        model.addAttribute("carried", SessionEndedPosts.fields(request));
        if (request.getAttribute(SessionEndedPosts.REFUSAL) instanceof SignInRefusal refusal) {
            model.addAttribute("refusal", refusal.name());
        }
        return signIn(model);
    }

    @GetMapping("/login")
    String signIn(Model model) {
        model.addAttribute("lockoutMinutes", Math.max(1, throttle.lockout().toMinutes()));
        model.addAttribute("maxDelaySeconds", throttle.accountMaxDelay().toSeconds());
        return "account/login";
    }
}
