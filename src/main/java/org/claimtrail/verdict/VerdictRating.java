package org.claimtrail.verdict;

/**
 * The desk's rating scale, best to worst, as the verdict form and every claim page explain it.
 * The numbers are schema.org's 1 (worst) to 5 (best) for ClaimReview.
 */
public enum VerdictRating {
    ACCURATE(5),
    MOSTLY_ACCURATE(4),
    UNPROVEN(3),
    MISLEADING(2),
    FALSE(1);

    private final int value;

    VerdictRating(int value) {
        this.value = value;
    }

    /** schema.org's ratingValue: 1 (worst) to 5 (best). */
    public int value() {
        return value;
    }

    /** The name in words: "Mostly accurate". */
    public String label() {
        return name().charAt(0)
                + name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** What the rating means, as the scale documents it. */
    public String meaning() {
        return switch (this) {
            case ACCURATE -> "The claim is correct and nothing significant is missing.";
            case MOSTLY_ACCURATE -> "The claim is correct but needs clarification or context.";
            case UNPROVEN -> "The evidence available cannot show whether the claim is true or false.";
            case MISLEADING -> "The claim contains some truth but leaves a wrong impression.";
            case FALSE -> "The claim is not correct.";
        };
    }
}
