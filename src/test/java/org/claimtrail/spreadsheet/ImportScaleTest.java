package org.claimtrail.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.claimtrail.account.AccountService;
import org.claimtrail.account.Role;
import org.claimtrail.testapp.Proofs;
import org.claimtrail.testapp.RecordedSql;
import org.claimtrail.testapp.WebSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A thousand-row sheet (at full size), as a desk's first import might be (a seeded mix: named speakers and
 * anonymous ones, sources already in the record and new ones cited by several rows), through real
 * HTTP as a browser sends it. Prints how long the preview and the import take beside the trivial
 * endpoint in the same run (a figure, never a verdict), and bounds what the preview asks of the
 * database: one look-up per distinct speaker and source, never one per row.
 */
@IsolatedDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RecordedSql.class)
class ImportScaleTest {

    /** A thousand rows at full size (.ci/run), two hundred in the README's quicker loop. */
    private static final int ROWS = Proofs.size("spreadsheet import rows", 200, 1_000);

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

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
