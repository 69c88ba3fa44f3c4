package org.claimtrail.claim;

/** The editors' verdict on a claim. DISPUTED, FALSE and RETRACTED need a stated reason. */
public enum ClaimStatus {
    REPORTED, CONFIRMED, DISPUTED, DENIED, FALSE, RETRACTED;

    public boolean needsReason() {
        return this == DISPUTED || this == FALSE || this == RETRACTED;
    }
}
