package org.claimtrail.spreadsheet;

import java.util.List;
import java.util.Map;

/** A spreadsheet as read: its columns (lower case, as the export names them) and its rows. */
record Sheet(List<String> columns, List<Row> rows, List<String> ignoredColumns) {

    /** One line of the sheet: its line number as a spreadsheet shows it (the header is line 1). */
    record Row(int line, Map<String, String> cells) {

        /** The cell of a column, stripped; empty when the column or the cell is missing. */
        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }

        /** The cell exactly as written: quotes are kept to the space. */
        String verbatim(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }
}
