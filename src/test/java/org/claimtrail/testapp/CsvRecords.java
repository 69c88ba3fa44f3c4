package org.claimtrail.testapp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** An export read back as a spreadsheet reads it: RFC 4180, the first line naming the columns. */
public final class CsvRecords {

    private CsvRecords() {}

    /** The rows of a CSV body, by column name; a leading byte-order mark is not part of the first name. */
    public static List<CSVRecord> of(String body) {
        String csv = body.startsWith("\uFEFF") ? body.substring(1) : body;
        try {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
