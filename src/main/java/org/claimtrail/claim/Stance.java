package org.claimtrail.claim;

/** What a speaker does with a claim in a source. */
public enum Stance {
    ASSERTS(StanceGroup.ASSERTS),
    CONFIRMS(StanceGroup.ASSERTS),
    DENIES(StanceGroup.DENIES),
    DISPUTES(StanceGroup.DENIES),
    DECLINES_TO_COMMENT(StanceGroup.DECLINES),
    DID_NOT_RESPOND(StanceGroup.DECLINES);

    private final StanceGroup group;

    Stance(StanceGroup group) {
        this.group = group;
    }

    public StanceGroup group() {
        return group;
    }
}
