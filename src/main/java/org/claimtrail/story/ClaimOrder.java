package org.claimtrail.story;

/** How a story's page orders its claims. */
public enum ClaimOrder {
    /** By the date of the claimed event, undated claims last: a reader follows what happened when. */
    EVENT_DATE,
    /** In the order they were added: for a story that follows one report's sequence. */
    AS_ADDED;

    public String label() {
        return switch (this) {
            case EVENT_DATE -> "By the date of the event (undated last)";
            case AS_ADDED -> "In the order they were added";
        };
    }
}
