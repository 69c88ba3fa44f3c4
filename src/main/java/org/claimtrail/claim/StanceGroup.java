package org.claimtrail.claim;

/** How a claim page groups attributions: for, against, and silent. */
public enum StanceGroup {
    ASSERTS, DENIES, DECLINES
}
