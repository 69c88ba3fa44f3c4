package org.claimtrail.claim;

/** The editors' verdict on a claim. DISPUTED, FALSE and RETRACTED need a stated reason. */
public enum ClaimStatus {
    REPORTED(0, null, "Reported"), CONFIRMED(5, "Confirmed", "Confirmed"), DISPUTED(3, "Disputed", "Disputed"),
    DENIED(2, "Denied", "Denied"), FALSE(1, "False", "False"), RETRACTED(2, "Retracted", "Retracted");

    private final int rating;
    private final String verdict;
    private final String label;

    ClaimStatus(int rating, String verdict, String label) {
        this.rating = rating;
        this.verdict = verdict;
        this.label = label;
    }

    /** What readers see. */
    public String label() {
        return label;
    }

    /** The CSS class of its badge. */
    public String css() {
        return "status status-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** REPORTED only says that someone reported it; every other status is the editors' verdict. */
    public boolean isVerdict() {
        return verdict != null;
    }

    /** The verdict on schema.org's 1 (false) to 5 (true) scale, for ClaimReview. */
    public int rating() {
        return rating;
    }

    public String verdict() {
        return verdict;
    }

    /** Reporting that goes against the claim, which the timeline marks. */
    public boolean isContested() {
        return this == DISPUTED || this == DENIED || this == FALSE || this == RETRACTED;
    }

    public boolean needsReason() {
        return this == DISPUTED || this == FALSE || this == RETRACTED;
    }
}
