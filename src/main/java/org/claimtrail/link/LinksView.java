package org.claimtrail.link;

import java.util.List;
import java.util.stream.Stream;

/** The first links of a claim each way, with how many there are in all: what its page shows. */
public record LinksView(List<LinkRow> outgoing, long outgoingTotal, List<LinkRow> incoming, long incomingTotal) {

    /** How many links each way a claim's page shows. */
    public static final int FIRST_ROWS = 20;

    /** The links shown, outgoing first. */
    public List<LinkRow> linksShown() {
        return Stream.concat(outgoing.stream(), incoming.stream()).toList();
    }

    public boolean hasLinks() {
        return outgoingTotal + incomingTotal > 0;
    }

    /** Some links are not shown, one way or the other. */
    public boolean hasMore() {
        return outgoingTotal > outgoing.size() || incomingTotal > incoming.size();
    }
}
