package org.claimtrail.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
}
