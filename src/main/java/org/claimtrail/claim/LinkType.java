package org.claimtrail.claim;

/** How one claim relates to another, read from either end. */
public enum LinkType {
    CONTRADICTS("Contradicts", "Contradicted by"), SUPPORTS("Supports", "Supported by"),
    RESPONDS_TO("Responds to", "Answered by"), DETAILS("Adds detail to", "Detailed by");

    private final String outgoing;
    private final String incoming;

    LinkType(String outgoing, String incoming) {
        this.outgoing = outgoing;
        this.incoming = incoming;
    }

    /** Read from the linking claim: "Contradicts …". */
    public String outgoingLabel() {
        return outgoing;
    }

    /** Read from the linked claim: "Contradicted by …". */
    public String incomingLabel() {
        return incoming;
    }
}
