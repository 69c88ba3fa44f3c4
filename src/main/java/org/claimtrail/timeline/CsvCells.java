package org.claimtrail.timeline;

import java.text.Normalizer;

/**
 * OWASP's CSV-injection guidance: a cell a spreadsheet would run as a formula gets a leading
 * apostrophe; every other cell is written exactly as stored. A formula starts with =, +, -, @,
 * a tab or a carriage return, and spreadsheets find it behind what they skip or fold: leading
 * spaces and invisible characters (no-break and zero-width spaces, joiners, the byte-order mark)
 * and the full-width or small forms of those signs (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫), which NFKC turns into
 * the plain ones, and the minus sign.
 */
final class CsvCells {

    private CsvCells() {}

    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return startsAFormula(value) ? "'" + value : value;
    }

    static boolean startsAFormula(String value) {
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < value.length() && isSkipped(value.codePointAt(i))) {
            i += Character.charCount(value.codePointAt(i));
        }
        if (i == value.length()) {
            return false;
        }
        int first = value.codePointAt(i);
        if (first < 0x80) {
            // Plain ASCII is its own NFKC form: most cells stop here, a million times an export.
            return first == '=' || first == '+' || first == '-' || first == '@';
        }
        if (first == '\u2212') {
            return true;
        }
        String folded = Normalizer.normalize(new String(Character.toChars(first)), Normalizer.Form.NFKC);
        char sign = folded.isEmpty() ? 0 : folded.charAt(0);
        return sign == '=' || sign == '+' || sign == '-' || sign == '@' || sign == '\t' || sign == '\r';
    }

    /** What a spreadsheet may pass over before it reads a formula: white space, controls, format characters. */
    private static boolean isSkipped(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }
}
