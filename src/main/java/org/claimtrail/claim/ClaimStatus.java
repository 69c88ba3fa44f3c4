package org.claimtrail.claim;

/** The editors' verdict on a claim. DISPUTED, FALSE and RETRACTED need a stated reason. */
public enum ClaimStatus {
    REPORTED(0, null), CONFIRMED(5, "Confirmed"), DISPUTED(3, "Disputed"), DENIED(2, "Denied"),
    FALSE(1, "False"), RETRACTED(2, "Retracted");

    private final int rating;
    private final String verdict;

    ClaimStatus(int rating, String verdict) {
        this.rating = rating;
        this.verdict = verdict;
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

    public boolean needsReason() {
        return this == DISPUTED || this == FALSE || this == RETRACTED;
    }
}
