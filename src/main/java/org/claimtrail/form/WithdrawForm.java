package org.claimtrail.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.ui.Model;

/** Why something is withdrawn (a claim, an attribution, a source): readers see the reason beside it. */
public class WithdrawForm {

    @NotBlank(message = "Say why it is withdrawn; readers will see the reason.")
    @Size(max = 2000, message = "Keep the reason under 2000 characters.")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /**
     * The withdrawal page, the same for a claim, an attribution and a source: what is withdrawn,
     * where Cancel leads, where the form posts, and this form (the reason typed, with its error).
     */
    public static String page(Model model, String what, String cancel, WithdrawForm form, String action) {
        model.addAttribute("action", action);
        model.addAttribute("what", what);
        model.addAttribute("cancel", cancel);
        model.addAttribute("form", form);
        return "forms/withdraw";
    }
}
