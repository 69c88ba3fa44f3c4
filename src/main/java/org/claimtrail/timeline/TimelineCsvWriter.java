package org.claimtrail.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes timeline entries as RFC 4180 CSV in UTF-8 with Apache Commons CSV, as they arrive. */
final class TimelineCsvWriter implements AutoCloseable {

    private static final int FLUSH_EVERY = 1000;

    private final TimelineLayout layout;
    private final CSVPrinter printer;
    private long rows;

    TimelineCsvWriter(TimelineLayout layout, OutputStream out) throws IOException {
        this.layout = layout;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (layout.byteOrderMark()) {
            writer.write('\uFEFF');
        }
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(layout.header());
    }

    void title(String title, String text) throws IOException {
        for (List<String> row : layout.preamble(title, text)) {
            printer.printRecord(row.stream().map(layout::guarded).toList());
        }
    }

    void write(TimelineEntry entry, String claimUrl) {
        try {
            printer.printRecord(
                    layout.row(entry, claimUrl).stream().map(layout::guarded).toList());
            if (++rows % FLUSH_EVERY == 0) {
                printer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
