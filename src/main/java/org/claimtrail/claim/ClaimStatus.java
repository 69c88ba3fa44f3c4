package org.claimtrail.claim;

/**
 * Where the reporting on a claim stands: reported, confirmed, disputed, denied, shown false, or
 * retracted. DISPUTED, FALSE and RETRACTED need a stated reason. A status is not a verdict: the
 * desk's own judgement is a verdict's rating (the verdict module), published with a reviewer and a date.
 */
public enum ClaimStatus {
    REPORTED,
    CONFIRMED,
    DISPUTED,
    DENIED,
    FALSE,
    RETRACTED;

    /** What readers see: the name, capitalised ("Disputed"). */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The CSS class of its badge. */
    public String css() {
        return "status status-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reporting that goes against the claim, which the timeline marks. */
    public boolean isContested() {
        return this == DISPUTED || this == DENIED || this == FALSE || this == RETRACTED;
    }

    public boolean needsReason() {
        return this == DISPUTED || this == FALSE || this == RETRACTED;
    }
}
