package org.claimtrail.claim;

/** What a speaker does with a claim in a source. */
public enum Stance {
    ASSERTS(StanceGroup.ASSERTS), CONFIRMS(StanceGroup.ASSERTS),
    DENIES(StanceGroup.DENIES), DISPUTES(StanceGroup.DENIES),
    DECLINES_TO_COMMENT(StanceGroup.DECLINES), DID_NOT_RESPOND(StanceGroup.DECLINES);

    private final StanceGroup group;

    Stance(StanceGroup group) {
        this.group = group;
    }

    /** The verb as a reader sees it, the name in words: "Dmitry Peskov declines to comment …". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public StanceGroup group() {
        return group;
    }
}
