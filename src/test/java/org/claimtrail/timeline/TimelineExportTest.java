package org.claimtrail.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.claimtrail.testapp.AppProcess;
import org.claimtrail.testapp.CsvRecords;
import org.claimtrail.testapp.Proofs;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The CSV export gives back exactly what was stored, and streams exports larger than the heap. */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class TimelineExportTest {

    /**
     * Entries in the large export. The quick size carries the same ~95 MB in fewer, longer rows:
     * inserting and exporting cost by the row, the heap's limit by the byte.
     */
    static final int LARGE_EXPORT = Proofs.size("export entries", 15_000, 60_000);
    /** Words of padding per statement, so that every size exports about 95 MB. */
    static final int PADDING_WORDS = 190 * 60_000 / LARGE_EXPORT;
    /** Enough to start and serve (measured: about 40 MB used after start-up), far too little to hold the export. */
    static final int SMALL_HEAP_MB = 72;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    /** Statement → what the CSV cell must hold: the same text, or with a leading ' when a spreadsheet would run it. */
    private static final Map<String, String> TRICKY = Map.of(
            "Comma, \"quoted\" words\nand a second line", "Comma, \"quoted\" words\nand a second line",
            "Путин и Маск — 普京与马斯克 — بوتين وماسك", "Путин и Маск — 普京与马斯克 — بوتين وماسك",
            "=HYPERLINK(\"http://evil.example\",\"click\")", "'=HYPERLINK(\"http://evil.example\",\"click\")",
            "+1 555 0100 called", "'+1 555 0100 called",
            "-2 is the answer", "'-2 is the answer",
            "@SUM(A1:A9)", "'@SUM(A1:A9)",
            "\tTabbed start", "'\tTabbed start",
            "\rCarriage return start", "'\rCarriage return start",
            "Ends with spaces and a comma, ", "Ends with spaces and a comma, ");

    @Test
    void theCsvParsesBackIntoExactlyTheStoredValuesExceptNeutralisedFormulas() throws Exception {
        long story = story("csv-round-trip");
        int n = 0;
        for (String statement : TRICKY.keySet()) {
            jdbc.update("""
                    insert into claim (story_id, slug, statement, status, event_edtf, event_earliest, event_latest, topics)
                    values (?, ?, ?, 'REPORTED', '2020', date '2020-01-01', date '2020-12-31', '{tricky}')""", story, "tricky-" + n++, statement);
        }

        var started = mvc.perform(get("/timeline.csv?story=csv-round-trip")).andReturn();
        byte[] bytes =
                mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> rows = CsvRecords.of(body.substring(1));

        assertThat(rows).hasSize(TRICKY.size());
        Map<String, String> headlines =
                rows.stream().collect(Collectors.toMap(r -> r.get("claim_url"), r -> r.get("headline")));
        for (int i = 0; i < n; i++) {
            String slug = "tricky-" + i;
            String stored = jdbc.queryForObject("select statement from claim where slug = ?", String.class, slug);
            assertThat(headlines.get("http://localhost/claims/" + slug))
                    .as(slug)
                    .isEqualTo(TRICKY.get(stored));
        }
        assertThat(rows).allSatisfy(r -> assertThat(r.get("edtf")).isEqualTo("2020"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("topics")).isEqualTo("tricky"));
    }

    @Test
    void anExportOfManyMoreEntriesThanTheHeapCouldHoldStreamsThrough() throws Exception {
        long started = System.nanoTime();
        long story = story("bulk-export");
        // Statements of ~1,500 characters at full size (~6,000 at the quick size): holding them all
        // would take about 90 MB. Loaded while the application starts.
        CompletableFuture<Integer> data =
                CompletableFuture.supplyAsync(() -> jdbc.update("""
                insert into claim (story_id, slug, statement, status, event_edtf, event_earliest, event_latest)
                select ?, 'bulk-' || n, 'Bulk claim number ' || n || ' ' || repeat('padding ', ?), 'REPORTED',
                       '2019', date '2019-01-01', date '2019-12-31'
                from generate_series(1, ?) n""", story, PADDING_WORDS, LARGE_EXPORT));

        // The production controller, service and filters in a JVM of their own with a heap that
        // cannot hold the export (60,000 rows of ~1.5 KB): buffering anywhere on the way
        // (a cache, a list of rows, a captured response) ends in OutOfMemoryError and a dead process.
        try (AppProcess app = AppProcess.classes(
                List.of("-Xmx" + SMALL_HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1"),
                environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""))) {
            assertThat(data.join()).isEqualTo(LARGE_EXPORT);
            long appUp = System.nanoTime();
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(app.baseUrl() + "/timeline.csv?story=bulk-export"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            long rows = 0;
            long bytes = 0;
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    bytes += line.length() + 1;
                    rows += line.startsWith("\uFEFF") ? 0 : 1;
                }
            }
            System.out.println("[export] /timeline.csv of " + LARGE_EXPORT + " entries from the application with -Xmx"
                    + SMALL_HEAP_MB + "m: " + rows + " rows, " + bytes / (1024 * 1024) + " MB in "
                    + (System.nanoTime() - appUp) / 1_000_000 + " ms (data and start-up "
                    + (appUp - started) / 1_000_000 + " ms)");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(rows)
                    .as("every entry, and nothing lost to a dead process")
                    .isEqualTo(LARGE_EXPORT);
            assertThat(bytes).as("more than the heap could hold").isGreaterThan(SMALL_HEAP_MB * 1024L * 1024L);
            assertThat(app.isAlive()).isTrue();
            assertThat(app.log()).doesNotContain("OutOfMemoryError");
        }
    }

    /**
     * The TimelineJS layout is HTML to TimelineJS: a cell a spreadsheet would run starts with its
     * first character as a character reference (TimelineJS shows the character, no apostrophe), and
     * the title row is guarded like every other.
     */
    @Test
    void theTimelineJsLayoutGuardsEveryCellTheWayTimelineJsReadsIt() throws Exception {
        jdbc.update(
                "insert into story (slug, title) values ('timelinejs-guard', '=HYPERLINK(\"http://evil.example\",\"story\")')");
        long story = jdbc.queryForObject("select id from story where slug = 'timelinejs-guard'", Long.class);
        jdbc.update("""
                insert into claim (story_id, slug, statement, status, event_edtf, event_earliest, event_latest, topics)
                values (?, 'timelinejs-guard-1', '-2 is the answer', 'REPORTED', '2020', date '2020-01-01', date '2020-12-31', '{=sum}')""", story);

        var started = mvc.perform(get("/timeline.csv?story=timelinejs-guard&layout=timelinejs&group=topic"))
                .andReturn();
        String body = mvc.perform(asyncDispatch(started))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CsvRecords.of(body);

        assertThat(rows.get(0).get("Headline"))
                .as("quotation marks stay as typed: TimelineJS shows no &quot;")
                .isEqualTo("&#61;HYPERLINK(\"http://evil.example\",\"story\")");
        assertThat(rows.get(1).get("Headline")).isEqualTo("&#45;2 is the answer");
        assertThat(rows.get(1).get("Group")).isEqualTo("&#61;sum");
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell)
                        .as(cell)
                        .doesNotStartWith("'")
                        .doesNotStartWith("=")
                        .doesNotStartWith("-")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
        }
    }

    private long story(String slug) {
        jdbc.update("insert into story (slug, title) values (?, ?)", slug, "Test story " + slug);
        return jdbc.queryForObject("select id from story where slug = ?", Long.class, slug);
    }
}
