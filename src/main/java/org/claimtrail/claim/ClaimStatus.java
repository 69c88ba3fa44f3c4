package org.claimtrail.claim;

/** The editors' verdict on a claim. DISPUTED, FALSE and RETRACTED need a stated reason. */
public enum ClaimStatus {
    REPORTED(0), CONFIRMED(5), DISPUTED(3), DENIED(2), FALSE(1), RETRACTED(2);

    /** The verdict on schema.org's 1 (false) to 5 (true) scale; 0 for no verdict. */
    private final int rating;

    ClaimStatus(int rating) {
        this.rating = rating;
    }

    /** What readers see: the name, capitalised ("Disputed"). */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The CSS class of its badge. */
    public String css() {
        return "status status-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** REPORTED only says that someone reported it; every other status is the editors' verdict. */
    public boolean isVerdict() {
        return rating > 0;
    }

    /** The verdict on schema.org's 1 (false) to 5 (true) scale, for ClaimReview. */
    public int rating() {
        return rating;
    }

    /** The verdict's name for ClaimReview, null for REPORTED. */
    public String verdict() {
        return isVerdict() ? label() : null;
    }

    /** Reporting that goes against the claim, which the timeline marks. */
    public boolean isContested() {
        return this == DISPUTED || this == DENIED || this == FALSE || this == RETRACTED;
    }

    public boolean needsReason() {
        return this == DISPUTED || this == FALSE || this == RETRACTED;
    }
}
