package org.claimtrail.timeline;

import java.util.List;

/**
 * The columns of the CSV export (/timeline.csv), which the spreadsheet import reads back: a desk
 * that exports, edits in its spreadsheet and imports again uses one layout.
 */
public final class ExportColumns {

    public static final List<String> CLAIMTRAIL = List.of(
            "kind",
            "date_label",
            "edtf",
            "earliest",
            "latest",
            "headline",
            "claim_url",
            "claim_status",
            "status_reason",
            "verdict",
            "actors",
            "stance",
            "anonymous",
            "source_count",
            "basis",
            "quote",
            "whose_words",
            "origin",
            "relays",
            "source_title",
            "publisher",
            "source_date_label",
            "source_earliest",
            "source_latest",
            "source_url",
            "story",
            "topics");

    private ExportColumns() {}

    /**
     * A cell as it was stored, from the cell as the export wrote it: the apostrophe the export puts
     * before what a spreadsheet would run as a formula ({@link CsvCells}) is taken off again.
     */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && CsvCells.startsAFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }
}
