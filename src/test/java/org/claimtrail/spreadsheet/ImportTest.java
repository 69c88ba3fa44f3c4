package org.claimtrail.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.claimtrail.account.AccountService;
import org.claimtrail.account.Role;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testapp.Proofs;
import org.claimtrail.testapp.RecordedSql;
import org.claimtrail.testapp.WebSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.claimtrail.timeline.ExportColumns;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A desk's spreadsheet into a story: the preview flags the rows a form would refuse, on the cell,
 * and saves nothing; fixed, every row is imported in one revision noted as an import; the CSV
 * export imported into a new story exports the same rows; a sheet that cannot be read, or is too
 * big, is refused with its reason.
 */
@IsolatedDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(RecordedSql.class)
class ImportTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private static final String STORY = "musk-putin-contacts";

    /** A thousand rows at full size (.ci/run), two hundred in the README's quicker loop. */
    private static final int ROWS = Proofs.size("spreadsheet import rows", 200, 1_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aThirtyRowSheetIsImportedAfterTheTwoRowsThePreviewFlaggedAreFixed() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        jdbc.update("insert into story (slug, title) values ('import-desk', 'The desk''s import')");
        List<String> rows = ImportFixtures.thirtyRows();
        rows.set(4, rows.get(4).replace(",denies,", ",reckons,"));
        rows.set(20, rows.get(20).replace(",2,verbal", ",two,verbal"));
        long claimsBefore = count("claim");
        long revisionsBefore = count("revision");

        Document preview =
                EditorSession.html(anna.post("/stories/import-desk/import", "sheet", ImportFixtures.sheet(rows)));

        assertThat(preview.select("#preview h2").text()).isEqualTo("2 of 30 rows need fixing");
        assertThat(preview.select("tr.row-problem th").eachText()).containsExactly("6", "22");
        assertThat(preview.select("#row-6 .cell-problems").text())
                .contains("stance: “reckons” is not a stance: write one of asserts, confirms, denies");
        assertThat(preview.select("#row-22 .cell-problems").text())
                .contains("source_count: Write the number of sources as a number (e.g. 3), or leave it empty.");
        assertThat(preview.select("form[action$=/import/confirm]"))
                .as("nothing to confirm")
                .isEmpty();
        assertThat(preview.select("textarea#sheet").text())
                .as("the sheet comes back to be fixed")
                .contains("reckons");
        assertThat(count("claim")).isEqualTo(claimsBefore);

        List<String> fixed = ImportFixtures.thirtyRows();
        Document ready =
                EditorSession.html(anna.post("/stories/import-desk/import", "sheet", ImportFixtures.sheet(fixed)));
        assertThat(ready.select("#preview h2").text())
                .isEqualTo("Ready: 10 claim(s), 20 attribution(s), 10 new source(s)");
        assertThat(ready.select("#row-3 .cell-notes").text()).contains("Speaker: Dmitry Peskov, a named actor.");

        String saved = anna.postForFlash(
                "/stories/import-desk/import/confirm",
                "sheet",
                ready.select("form[action$=/import/confirm] input[name=sheet]").val());
        assertThat(saved)
                .isEqualTo(
                        "Imported 10 claim(s), 20 attribution(s) and 10 new source(s), in one revision of the history.");
        assertThat(count("claim")).isEqualTo(claimsBefore + 10);
        assertThat(count("revision")).as("one revision").isEqualTo(revisionsBefore + 1);
        assertThat(jdbc.queryForObject("select note from revision order by id desc limit 1", String.class))
                .isEqualTo("Imported from a spreadsheet into “The desk's import”: 10 claim(s), 20 attribution(s),"
                        + " 10 new source(s).");
        assertThat(jdbc.queryForList(
                        "select a.anonymous from attribution a join claim c on c.id = a.claim_id"
                                + " join story s on s.id = c.story_id where s.slug = 'import-desk'",
                        Boolean.class))
                .hasSize(20)
                .containsOnly(true, false);
        Document history = anna.page("/history/recent");
        assertThat(history.select(".revision-note").first().text()).startsWith("Imported from a spreadsheet");
    }

    @Test
    void theExportImportedIntoANewStoryExportsTheSameRows() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        String export = exported(STORY);
        jdbc.update("insert into story (slug, title) values ('reimported', 'Reimported')");

        assertThat(export.lines().count()).isGreaterThan(10);
        Document ready = EditorSession.html(anna.post("/stories/reimported/import", "sheet", export));
        assertThat(ready.select("p.form-errors").eachText()).isEmpty();
        assertThat(ready.select("tr.row-problem").eachText()).isEmpty();
        assertThat(anna.post("/stories/reimported/import/confirm", "sheet", export)
                        .getRedirectedUrl())
                .isEqualTo("/stories/reimported");

        String again = exported("reimported");
        // The same rows; entries of one date may come in another order (they follow the order of entry).
        assertThat(ImportFixtures.comparable(again))
                .containsExactlyInAnyOrderElementsOf(ImportFixtures.comparable(export));
        assertThat(ImportFixtures.comparable(again))
                .hasSameSizeAs(ImportFixtures.comparable(export))
                .hasSizeGreaterThan(10);
    }

    @Test
    void aSheetThatCannotBeReadOrIsTooBigIsRefusedWithItsReasonAndNothingIsSaved() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        long claimsBefore = count("claim");

        Document unclosed = EditorSession.html(
                anna.post("/stories/" + STORY + "/import", "sheet", "kind,headline\nEvent,\"A quote never closed\n"));
        assertThat(unclosed.select("p.form-errors").text()).startsWith("The sheet is not a readable CSV");
        Document noHeadline = EditorSession.html(anna.post("/stories/" + STORY + "/import", "sheet", "a,b\n1,2\n"));
        assertThat(noHeadline.select("p.form-errors").text())
                .isEqualTo("The first line must name the columns, as the export and the template do; it has no"
                        + " headline column. Download the template to start from.");

        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(fiftyMegabytes, (byte) 'a');
        MockHttpServletResponse tooBig = mvc.perform(post("/stories/" + STORY + "/import")
                        .with(user("anna").roles("EDITOR"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(fiftyMegabytes))
                .andReturn()
                .getResponse();
        assertThat(tooBig.getStatus()).isEqualTo(413);
        assertThat(tooBig.getContentAsString()).contains("This form is too large to be sent (at most 8192 KB)");
        assertThat(count("claim")).isEqualTo(claimsBefore);
    }

    /**
     * Over real HTTP, as a browser sends a form with a file: the CSV file saved by Excel (Windows-1252)
     * is read with its accents, fills the box, and is previewed; a form with a file that breaks the
     * multipart format is the site's 400, not an error.
     */
    @Test
    void aCsvFileChosenInTheFormIsPreviewedAndABrokenFormWithAFileIsRefused() {
        accounts.create("uploader", "uploader's password", Role.EDITOR);
        WebSession session = new WebSession("http://127.0.0.1:" + port);
        session.signIn("uploader", "uploader's password");
        String csrf = Jsoup.parse(session.get("/stories/" + STORY + "/import").body())
                .selectFirst("form[enctype=multipart/form-data] input[name=_csrf]")
                .val();
        String boundary = "----claimtrail-test-boundary";
        byte[] file = (ImportFixtures.HEADER + "\n" + "Event,2024,Le Kremlin a démenti,,Reported,,,")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"sheet\"\r\n\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"desk.csv\"\r\n"
                                + "Content-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        var preview = session.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(session.baseUrl() + "/stories/" + STORY + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(preview.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(preview.body());
        assertThat(page.select("#preview h2").text()).isEqualTo("Ready: 1 claim(s), 0 attribution(s), 0 new source(s)");
        assertThat(page.select("#row-2").text()).contains("Le Kremlin a démenti");
        assertThat(page.select("textarea#sheet").text()).contains("Le Kremlin a démenti");

        var broken = session.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(session.baseUrl() + "/stories/" + STORY + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nno headers end here")));
        assertThat(broken.statusCode()).isEqualTo(400);
    }

    /**
     * An import that fails half-way leaves the record as it was: the eleventh attribution's insert
     * fails in the database (a trigger this test adds), after five claims, ten attributions, their
     * new sources and a publisher were written in the same transaction; none of them remains.
     */
    @Test
    void aFailureInTheMiddleOfAnImportLeavesNothingOfIt() throws Exception {
        jdbc.update("insert into story (slug, title) values ('half-way', 'Half way')");
        List<String> rows = ImportFixtures.thirtyRows();
        // Row 17 holds the sixth claim's first attribution: the eleventh the import saves.
        rows.set(16, rows.get(16).replace(",denies,no,,,,,Report", ",denies,no,,the middle,,,Report"));
        String[] tables = {"claim", "attribution", "source", "actor", "revision", "timeline_entry"};
        long[] before = counts(tables);
        jdbc.execute("""
                create function fail_in_the_middle() returns trigger language plpgsql as $$
                begin
                  if new.basis = 'the middle' then
                    raise exception 'The database went away in the middle of the import';
                  end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger fail_in_the_middle before insert on attribution for each row"
                + " execute function fail_in_the_middle()");
        try {
            EditorSession anna = EditorSession.editor(mvc, "anna");
            assertThatThrownBy(() -> anna.post("/stories/half-way/import/confirm", "sheet", ImportFixtures.sheet(rows)))
                    .hasStackTraceContaining("The database went away in the middle of the import");
            assertThat(counts(tables)).as(String.join(", ", tables)).containsExactly(before);
        } finally {
            jdbc.execute("drop trigger fail_in_the_middle on attribution");
            jdbc.execute("drop function fail_in_the_middle()");
        }
    }

    private long[] counts(String... tables) {
        long[] counts = new long[tables.length];
        for (int i = 0; i < tables.length; i++) {
            counts[i] = count(tables[i]);
        }
        return counts;
    }

    @Test
    void theTemplateHasTheExportsColumns() throws Exception {
        String template =
                EditorSession.editor(mvc, "anna").page("/import/template.csv").text();
        assertThat(template).contains(String.join(",", ExportColumns.CLAIMTRAIL));
    }

    /** /timeline.csv of a story, as a reader downloads it (it streams: MockMvc dispatches it again). */
    private String exported(String story) throws Exception {
        MvcResult started =
                mvc.perform(get("/timeline.csv").param("story", story)).andReturn();
        MockHttpServletResponse response = started.getRequest().isAsyncStarted()
                ? mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                : started.getResponse();
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /**
     * A thousand-row sheet (at full size), as a desk's first import might be (a seeded mix: named speakers and
     * anonymous ones, sources already in the record and new ones cited by several rows), through real
     * HTTP as a browser sends it. Prints how long the preview and the import take beside the trivial
     * endpoint in the same run (a figure, never a verdict), and bounds what the preview asks of the
     * database: one look-up per distinct speaker and source, never one per row.
     */
    @Test
    void aThousandRowSheetIsPreviewedWithALookUpPerDistinctNameAndImportedWhole() {
        accounts.create("bulk-desk", "bulk desk password", Role.EDITOR);
        jdbc.update("insert into story (slug, title) values ('bulk-import', 'Bulk import')");
        WebSession desk = new WebSession("http://127.0.0.1:" + port);
        desk.signIn("bulk-desk", "bulk desk password");
        List<String> named = jdbc.queryForList("select name from actor order by id", String.class);
        List<String> seedUrls =
                jdbc.queryForList("select url from source where url is not null order by id", String.class);
        Random random = new Random(1_000);
        List<String> rows = new ArrayList<>();
        Set<String> speakers = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (int claim = 1; rows.size() < ROWS; claim++) {
            rows.add("Event,2024-" + String.format("%02d", claim % 12 + 1) + ",Bulk claim " + claim + ",,Reported,,,");
            for (int s = 0; s < 3 && rows.size() < ROWS; s++) {
                boolean anonymous = random.nextInt(3) == 0;
                String speaker = anonymous
                        ? "officials briefed on matter " + random.nextInt(40)
                        : named.get(random.nextInt(named.size()));
                // Skewed: most rows cite a few sources, the rest a long tail of new ones.
                String url = random.nextInt(10) < 6
                        ? seedUrls.get(random.nextInt(seedUrls.size()))
                        : "https://bulk.example/report/" + (int) Math.abs(random.nextGaussian() * 80);
                speakers.add(speaker);
                sources.add(url);
                rows.add("Statement,2024-10-24,Bulk claim " + claim + ",,,,," + speaker + ","
                        + (anonymous
                                ? "assert,yes,2,briefed,\"Words, as reported\",the source's wording"
                                : "denies,no,,,,")
                        + ",Bulk report,Bulk Outlet," + url);
            }
        }
        String sheet = ImportFixtures.sheet(rows);

        long trivial = timed(() -> desk.get("/actuator/health/liveness"));
        RecordedSql.clear();
        long[] previewed = new long[1];
        HttpResponse<String> preview =
                timedResponse(previewed, () -> desk.post("/stories/bulk-import/import", Map.of("sheet", sheet)));
        int previewStatements = RecordedSql.statements().size();
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(preview.body()).select("tr.row-problem").eachText())
                .isEmpty();
        assertThat(Jsoup.parse(preview.body()).select("#preview tbody tr")).hasSize(ROWS);
        assertThat(previewStatements)
                .as(
                        "look-ups per distinct speaker (%d) and source (%d), not per row (%d)",
                        speakers.size(), sources.size(), ROWS)
                .isLessThanOrEqualTo(2 * speakers.size() + sources.size() + 20);

        RecordedSql.clear();
        long[] imported = new long[1];
        HttpResponse<String> saved =
                timedResponse(imported, () -> desk.post("/stories/bulk-import/import/confirm", Map.of("sheet", sheet)));
        assertThat(saved.statusCode()).isEqualTo(302);
        int importStatements = RecordedSql.statements().size();
        long claims = jdbc.queryForObject(
                "select count(*) from claim c join story s on s.id = c.story_id where s.slug = 'bulk-import'",
                Long.class);
        long attributions = jdbc.queryForObject(
                "select count(*) from attribution a join claim c on c.id = a.claim_id join story s on s.id = c.story_id"
                        + " where s.slug = 'bulk-import'",
                Long.class);
        assertThat(claims + attributions).isEqualTo(ROWS);
        assertThat(importStatements).as("statements per row saved, bounded").isLessThanOrEqualTo(8 * ROWS);

        System.out.printf(
                "[import] %d rows (%d claims, %d attributions; %d distinct speakers, %d distinct sources): preview %d ms"
                        + " (%d statements), import %d ms (%d statements); the trivial endpoint %d ms in the same run%n",
                ROWS,
                claims,
                attributions,
                speakers.size(),
                sources.size(),
                previewed[0],
                previewStatements,
                imported[0],
                importStatements,
                trivial);
    }

    private static long timed(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static HttpResponse<String> timedResponse(
            long[] millis, java.util.function.Supplier<HttpResponse<String>> request) {
        long started = System.nanoTime();
        HttpResponse<String> response = request.get();
        millis[0] = (System.nanoTime() - started) / 1_000_000;
        return response;
    }
}
