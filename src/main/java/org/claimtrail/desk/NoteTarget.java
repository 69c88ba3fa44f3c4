package org.claimtrail.desk;

/** What a desk note is on: a claim, an attribution or a source, each its own column of desk_note. */
enum NoteTarget {
    CLAIM("claim_id"),
    ATTRIBUTION("attribution_id"),
    SOURCE("source_id");

    private final String column;

    NoteTarget(String column) {
        this.column = column;
    }

    /** The desk_note column that holds the item's id: a constant, never text from a request. */
    String column() {
        return column;
    }
}
