package org.claimtrail.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.testapp.EditorSession.html;

import java.util.Map;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.DatabaseFingerprint;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A source withdrawn takes its attributions out of the summaries, visibly; a duplicate merged hands them over. */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class SourceWithdrawalTest {

    private static final String CLAIM = "/claims/starlink-still-unavailable-in-taiwan";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWithdrawnSourceWithdrawsItsAttributionsWithItsReasonAndStaysVisible() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        long source = newSource(anna, "https://example.org/unreliable", "An unreliable write-up");
        anna.post(
                CLAIM + "/attributions/new",
                "sourceId",
                String.valueOf(source),
                "speakerDescription",
                "unnamed bloggers",
                "stance",
                "ASSERTS",
                "quote",
                "It is so.",
                "wording",
                "SOURCE");
        String summaryBefore = anna.page(CLAIM).select(".sourcing-summary").text();

        Document refused = html(anna.post("/sources/" + source + "/withdraw", "reason", " "));
        assertThat(refused.select(".field-error").text()).isNotBlank();

        anna.post("/sources/" + source + "/withdraw", "reason", "Copied from a satire site.");

        assertThat(jdbc.queryForObject("select withdrawn_reason from source where id = ?", String.class, source))
                .isEqualTo("Copied from a satire site.");
        assertThat(jdbc.queryForList(
                        "select withdrawn_reason from attribution where source_id = ?", String.class, source))
                .containsExactly("Its source was withdrawn: Copied from a satire site.");
        Document page = anna.page("/sources/" + source);
        assertThat(page.select(".withdrawn-note").first().text()).contains("Copied from a satire site.");
        assertThat(page.select("a[href$=/withdraw]"))
                .as("nothing left to withdraw")
                .isEmpty();
        assertThat(anna.page(CLAIM).select(".sourcing-summary").text()).isNotEqualTo(summaryBefore);
    }

    @Test
    void onlyAnAdminMergesADuplicateAndItsAttributionsMoveToTheSourceItRepeats() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        EditorSession root = EditorSession.admin(mvc, "root");
        long original = newSource(anna, "https://example.org/original", "The original");
        long duplicate = newSource(anna, "https://example.org/copy", "The copy");
        anna.post(
                CLAIM + "/attributions/new",
                "sourceId",
                String.valueOf(duplicate),
                "speakerDescription",
                "a person familiar",
                "stance",
                "ASSERTS",
                "noQuote",
                "true");

        assertThat(anna.post("/sources/" + duplicate + "/merge", "into", String.valueOf(original))
                        .getStatus())
                .isEqualTo(403);
        Map<String, String> before = DatabaseFingerprint.of(jdbc);
        Document refused = html(root.post("/sources/" + duplicate + "/merge", "into", String.valueOf(duplicate)));
        assertThat(refused.select("#error-summary").text()).contains("cannot be merged into itself");
        assertThat(html(root.post("/sources/" + duplicate + "/merge", "into", "nonsense"))
                        .select("#error-summary")
                        .text())
                .contains("Give the number of the source");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);

        String location = root.post("/sources/" + duplicate + "/merge", "into", "/sources/" + original)
                .getRedirectedUrl();

        assertThat(location).isEqualTo("/sources/" + original);
        assertThat(jdbc.queryForObject("select count(*) from attribution where source_id = ?", Integer.class, original))
                .isOne();
        assertThat(jdbc.queryForMap("select merged_into_id, withdrawn_reason from source where id = ?", duplicate))
                .containsEntry("merged_into_id", original);
        assertThat(root.page("/sources/" + duplicate)
                        .select(".withdrawn-note a")
                        .attr("href"))
                .isEqualTo("/sources/" + original);
    }

    private long newSource(EditorSession editor, String url, String title) throws Exception {
        String location = editor.post("/sources/new", "kind", "NEWS_REPORT", "title", title, "url", url)
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/sources/".length()));
    }

    /** Two admins merge two sources into each other at the same moment: one merge wins, never a cycle. */
    @Test
    void twoMergesOfTwoSourcesIntoEachOtherAtOnceMakeNoCycle(@Autowired SourceWithdrawal withdrawal) throws Exception {
        for (int round = 0; round < 5; round++) {
            long a = jdbc.queryForObject(
                    "insert into source (kind, title) values ('OTHER', 'Twin A " + round + "') returning id",
                    Long.class);
            long b = jdbc.queryForObject(
                    "insert into source (kind, title) values ('OTHER', 'Twin B " + round + "') returning id",
                    Long.class);
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService admins = java.util.concurrent.Executors.newFixedThreadPool(2);
            java.util.List<java.util.concurrent.Future<Boolean>> merges = java.util.List.of(
                    admins.submit(() -> merged(withdrawal, together, a, b)),
                    admins.submit(() -> merged(withdrawal, together, b, a)));
            int succeeded = 0;
            for (java.util.concurrent.Future<Boolean> merge : merges) {
                succeeded += merge.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            admins.shutdown();
            assertThat(succeeded).as("round " + round).isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from source where id in (?, ?) and withdrawn_at is null",
                            Long.class,
                            a,
                            b))
                    .as("one source stays in use")
                    .isEqualTo(1);
        }
    }

    private static boolean merged(
            SourceWithdrawal withdrawal, java.util.concurrent.CyclicBarrier together, long from, long into)
            throws Exception {
        together.await();
        try {
            withdrawal.merge(from, into);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }
}
