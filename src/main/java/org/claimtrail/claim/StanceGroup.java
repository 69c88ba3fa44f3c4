package org.claimtrail.claim;

/** How a claim page groups attributions: for, against, and silent. */
public enum StanceGroup {
    ASSERTS("Asserted or confirmed by"),
    DENIES("Denied or disputed by"),
    DECLINES("Declined to comment or did not respond");

    private final String heading;

    StanceGroup(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    /** The group's name in addresses: /claims/x/attributions?group=asserts. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<StanceGroup> ofParam(String param) {
        return java.util.Arrays.stream(values())
                .filter(g -> g.code().equals(param))
                .findFirst();
    }
}
