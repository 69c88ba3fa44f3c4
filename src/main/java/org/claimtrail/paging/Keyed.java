package org.claimtrail.paging;

/** A row with its position in its list, as the database computed it (so a cursor compares as SQL does). */
public record Keyed<T>(T row, Cursor key) {}
