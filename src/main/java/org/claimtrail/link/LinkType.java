package org.claimtrail.link;

/** How one claim relates to another, read from either end. */
public enum LinkType {
    CONTRADICTS,
    SUPPORTS,
    RESPONDS_TO,
    DETAILS;

    /** Read from the linking claim: "Contradicts …". */
    public String outgoingLabel() {
        return switch (this) {
            case CONTRADICTS -> "Contradicts";
            case SUPPORTS -> "Supports";
            case RESPONDS_TO -> "Responds to";
            case DETAILS -> "Adds detail to";
        };
    }

    /** Read from the linked claim: "Contradicted by …". */
    public String incomingLabel() {
        return switch (this) {
            case CONTRADICTS -> "Contradicted by";
            case SUPPORTS -> "Supported by";
            case RESPONDS_TO -> "Answered by";
            case DETAILS -> "Detailed by";
        };
    }
}
