package org.claimtrail.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The verdict an editor drafts: a rating on the desk's scale and why. */
public class VerdictForm {

    @NotNull(message = "Choose a rating on the scale.")
    private VerdictRating rating;

    @NotBlank(message = "Explain the verdict; readers will see the explanation with it.")
    @Size(max = 5000, message = "Keep the explanation under 5000 characters.")
    private String explanation;

    static VerdictForm of(VerdictView verdict) {
        VerdictForm form = new VerdictForm();
        form.rating = verdict.hasDraft() ? verdict.draftRating() : verdict.rating();
        form.explanation = verdict.hasDraft() ? verdict.draftExplanation() : verdict.explanation();
        return form;
    }

    public VerdictRating getRating() {
        return rating;
    }

    public void setRating(VerdictRating rating) {
        this.rating = rating;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
