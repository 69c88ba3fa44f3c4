package org.claimtrail.verdict;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The verdict an editor drafts: a rating on the desk's scale and why. Bound through its constructor. */
public record VerdictForm(
        @NotNull(message = "Choose a rating on the scale.") VerdictRating rating,

        @NotBlank(message = "Explain the verdict; readers will see the explanation with it.")
        @Size(max = 5000, message = "Keep the explanation under 5000 characters.")
        String explanation) {

    static VerdictForm of(VerdictView verdict) {
        return verdict.hasDraft()
                ? new VerdictForm(verdict.draftRating(), verdict.draftExplanation())
                : new VerdictForm(verdict.rating(), verdict.explanation());
    }
}
