package org.claimtrail.spreadsheet;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import org.claimtrail.form.Utf8;

/**
 * The text of an uploaded sheet. Spreadsheets save CSV as UTF-8 (ours has a byte-order mark), but
 * Excel's plain "CSV" is Windows-1252: a file that is not valid UTF-8 is read as that, so "é" and
 * "’" arrive as written instead of as replacement marks. A file that is not text at all (a .xlsx)
 * is refused by name.
 */
final class SheetFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SheetFile() {}

    static String text(byte[] bytes) throws SheetReader.Unreadable {
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            throw new SheetReader.Unreadable("This is a spreadsheet file (.xlsx or .ods), not CSV: save it from the"
                    + " spreadsheet as CSV (UTF-8), or copy its cells and paste them.");
        }
        try {
            return Utf8.strict(bytes);
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
