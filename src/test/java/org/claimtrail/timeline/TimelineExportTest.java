package org.claimtrail.timeline;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The CSV export gives back exactly what was stored, and streams exports larger than the heap. */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class TimelineExportTest {

    static final int LARGE_EXPORT = 200_000;

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
                    values (?, ?, ?, 'REPORTED', '2020', date '2020-01-01', date '2020-12-31', '{tricky}')""",
                    story, "tricky-" + n++, statement);
        }

        var started = mvc.perform(get("/timeline.csv?story=csv-round-trip")).andReturn();
        byte[] bytes = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();

        assertThat(rows).hasSize(TRICKY.size());
        Map<String, String> headlines = rows.stream().collect(Collectors.toMap(r -> r.get("claim_url"), r -> r.get("headline")));
        for (int i = 0; i < n; i++) {
            String slug = "tricky-" + i;
            String stored = jdbc.queryForObject("select statement from claim where slug = ?", String.class, slug);
            assertThat(headlines.get("http://localhost/claims/" + slug)).as(slug).isEqualTo(TRICKY.get(stored));
        }
        assertThat(rows).allSatisfy(r -> assertThat(r.get("edtf")).isEqualTo("2020"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("topics")).isEqualTo("tricky"));
    }

    @Test
    void anExportOfManyMoreEntriesThanTheHeapCouldHoldStreamsThrough() throws Exception {
        long story = story("bulk-export");
        // Statements of ~320 characters: holding 200,000 of them would take well over 100 MB.
        jdbc.update("""
                insert into claim (story_id, slug, statement, status, event_edtf, event_earliest, event_latest)
                select ?, 'bulk-' || n, 'Bulk claim number ' || n || ' ' || repeat('padding ', 40), 'REPORTED',
                       '2019', date '2019-01-01', date '2019-12-31'
                from generate_series(1, ?) n""", story, LARGE_EXPORT);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process probe = new ProcessBuilder(java, "-Xmx64m", "-cp", classpath, TimelineExportProbe.class.getName(),
                environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""), "bulk-export")
                .redirectErrorStream(true).start();
        String output;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            output = reader.lines().collect(Collectors.joining("\n"));
        }
        assertThat(probe.waitFor(5, TimeUnit.MINUTES)).isTrue();

        System.out.println("[export] " + LARGE_EXPORT + " entries with -Xmx64m: " + output.lines()
                .filter(l -> l.startsWith("rows=")).findFirst().orElse(output));
        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output).contains("rows=" + LARGE_EXPORT + " ").doesNotContain("OutOfMemoryError");
    }

    private long story(String slug) {
        jdbc.update("insert into story (slug, title) values (?, ?)", slug, "Test story " + slug);
        return jdbc.queryForObject("select id from story where slug = ?", Long.class, slug);
    }
}
