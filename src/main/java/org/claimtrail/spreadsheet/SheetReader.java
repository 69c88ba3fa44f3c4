package org.claimtrail.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimtrail.form.StorableText;
import org.claimtrail.timeline.ExportColumns;

/**
 * Reads what a desk pastes or uploads: the CSV export (or its template) as a spreadsheet saved it,
 * or cells copied straight out of a spreadsheet, which arrive separated by tabs. The first line
 * names the columns; only the export's columns are read, in any order, and a sheet without the
 * ones that say what a row is gets a refusal that names them.
 */
final class SheetReader {

    /** More rows than a desk imports at once; a bigger sheet goes in parts. */
    static final int MOST_ROWS = 5_000;

    static final List<String> REQUIRED = List.of("headline");

    /** Why a sheet cannot be read at all; nothing of it is used. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private SheetReader() {}

    static Sheet read(String text) throws Unreadable {
        String content = StorableText.clean(text == null ? "" : text);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        if (content.isBlank()) {
            throw new Unreadable("The sheet is empty: paste the rows with their header line, or choose a file.");
        }
        String firstLine = content.lines().findFirst().orElse("");
        CSVFormat format = (firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0
                        ? CSVFormat.TDF
                        : CSVFormat.DEFAULT)
                .builder()
                .setIgnoreEmptyLines(true)
                .get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > MOST_ROWS + 1) {
                    throw new Unreadable(
                            "The sheet has more than " + MOST_ROWS + " rows. Import it in parts; nothing was read.");
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            throw new Unreadable("The sheet is not a readable CSV (" + firstSentence(e)
                    + "). A quote opened in a cell must be closed; export it again from the spreadsheet as CSV.");
        }
        if (records.isEmpty()) {
            throw new Unreadable("The sheet is empty: paste the rows with their header line, or choose a file.");
        }
        List<String> header = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String name : records.get(0)) {
            String column = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            header.add(column);
            if (!column.isEmpty() && !ExportColumns.CLAIMTRAIL.contains(column)) {
                ignored.add(name.strip());
            }
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new Unreadable("The first line must name the columns, as the export and the template do; "
                    + "it has no " + String.join(", ", missing) + " column. Download the template to start from.");
        }
        List<Sheet.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                if (ExportColumns.CLAIMTRAIL.contains(header.get(c))) {
                    cells.put(header.get(c), ExportColumns.restore(record.get(c)));
                }
            }
            if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                rows.add(new Sheet.Row(i + 1, cells));
            }
        }
        if (rows.isEmpty()) {
            throw new Unreadable("The sheet has its header line but no rows to import.");
        }
        return new Sheet(header, rows, ignored);
    }

    private static String firstSentence(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }
}
