package org.claimtrail.claim;

/** What a speaker does with a claim in a source. */
public enum Stance {
    ASSERTS(StanceGroup.ASSERTS, "asserts"),
    CONFIRMS(StanceGroup.ASSERTS, "confirms"),
    DENIES(StanceGroup.DENIES, "denies"),
    DISPUTES(StanceGroup.DENIES, "disputes"),
    DECLINES_TO_COMMENT(StanceGroup.DECLINES, "declines to comment"),
    DID_NOT_RESPOND(StanceGroup.DECLINES, "did not respond");

    private final StanceGroup group;
    private final String label;

    Stance(StanceGroup group, String label) {
        this.group = group;
        this.label = label;
    }

    /** The verb as a reader sees it: "Dmitry Peskov denies …". */
    public String label() {
        return label;
    }

    public StanceGroup group() {
        return group;
    }
}
