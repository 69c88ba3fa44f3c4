package org.claimtrail.timeline;

import java.util.List;

/** A CSV shape for the timeline: its header, an optional title row, and one row per entry. */
interface TimelineLayout {

    List<String> header();

    /** Rows written after the header and before the entries (TimelineJS's title slide). */
    default List<List<String>> preamble(String title, String text) {
        return List.of();
    }

    List<String> row(TimelineEntry entry, String claimUrl);

    /** Excel needs a byte-order mark to read UTF-8; tools that want an exact header do not. */
    boolean byteOrderMark();

    /**
     * A cell as written, so that no spreadsheet opened on the file runs it as a formula (every cell,
     * title rows included). For a spreadsheet's own CSV, OWASP's leading apostrophe.
     */
    default String guarded(String cell) {
        return CsvCells.neutralise(cell);
    }
}
