package org.claimtrail.spreadsheet;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The desk's spreadsheet the import tests and the browser's desk day paste, and how exports compare. */
public final class ImportFixtures {

    private ImportFixtures() {}

    /** Thirty rows: ten dated claims, each asserted by anonymous officials and denied by Dmitry Peskov. */
    public static List<String> thirtyRows() {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String url = "https://import.example/" + i;
            rows.add("Event,2024-0" + (i % 9 + 1) + ",Claim number " + i + " of the desk's sheet,,Reported,,,");
            rows.add("Statement,2024-10-24,Dmitry Peskov denies: Claim number " + i + " of the desk's sheet,,,,,"
                    + "Dmitry Peskov,denies,no,,,,,Report " + i + ",Import Outlet," + url);
            rows.add("Statement,2024-10-24,two officials briefed on the talks assert: Claim number " + i
                    + " of the desk's sheet,,,,,"
                    + "two officials briefed on the talks,assert,yes,2,verbal account,\"They said so, twice\",the source's wording,Report "
                    + i
                    + ",Import Outlet," + url);
        }
        return rows;
    }

    public static String sheet(List<String> rows) {
        return HEADER + "\n" + String.join("\n", rows);
    }

    public static final String HEADER =
            "kind,edtf,headline,claim_url,claim_status,status_reason,topics,actors,stance,anonymous,source_count,"
                    + "basis,quote,whose_words,source_title,publisher,source_url";

    /** The export's rows without what differs by story: the claim's address, the story's title. */
    public static List<Map<String, String>> comparable(String csv) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord r :
                CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv.replace("\uFEFF", "")))) {
            Map<String, String> row = new java.util.TreeMap<>(r.toMap());
            row.remove("claim_url");
            row.remove("story");
            row.remove("verdict");
            // Which origin a row counts as, and whose sourcing a relay repeats, link rows to rows:
            // the import does not read them (a relay is picked on the attribution's form).
            row.remove("origin");
            row.remove("relays");
            row.put("headline", row.get("headline").replaceFirst(" \\(relaying .*’s sourcing\\): ", ": "));
            rows.add(row);
        }
        return rows;
    }
}
