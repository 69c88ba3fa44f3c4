package org.claimtrail.timeline;

/**
 * OWASP's CSV-injection guidance: a cell a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) gets a leading apostrophe. Every other cell is written
 * exactly as stored.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
