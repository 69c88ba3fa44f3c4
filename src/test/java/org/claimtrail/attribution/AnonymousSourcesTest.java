package org.claimtrail.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The desk's anonymous-sources policy, as the attribution form enforces it (issue 26): a vague
 * description is refused, the form asks why anonymity was granted and readers see it, and a speaker
 * who declined to comment is recorded as the claim's anonymous source only once an editor confirms.
 */
@IsolatedDatabase // writes claims and attributions the seed-reading tests must not see
@SpringBootTest
@AutoConfigureMockMvc
class AnonymousSourcesTest {

    /** A claim of this test's own, which the Pentagon declined to comment on: the seed's counts stay the seed's. */
    private String clearance;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void aClaimThePentagonDeclinedToCommentOn() {
        String slug = "clearance-review-" + System.nanoTime();
        jdbc.update(
                "insert into claim (story_id, slug, statement, status) values ((select min(id) from story), ?, ?,"
                        + " 'REPORTED')",
                slug,
                "A clearance was reviewed (" + slug + ").");
        jdbc.update("""
                insert into attribution (claim_id, source_id, speaker_id, speaker_description, stance)
                select c.id, (select min(id) from source), (select id from actor where slug = 'pentagon'),
                       'a Pentagon spokesman', 'DECLINES_TO_COMMENT'
                from claim c where c.slug = ?""", slug);
        clearance = "/claims/" + slug;
    }

    @Test
    void aDescriptionThatSaysNothingOfWhoTheyAreIsRefused() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        for (String vague :
                new String[] {"officials", "sources", "two officials", "Anonymous sources", "a source", "3 people"}) {
            Document form = EditorSession.html(anna.post(clearance + "/attributions/new", anonymous(vague, "")));
            assertThat(form.select(".field-error").text())
                    .as(vague)
                    .contains(
                            "Describe the anonymous source as the source does, with more than a word such as sources");
        }
        assertThat(AnonymousSources.isVague("two officials briefed on the talks"))
                .isFalse();
        assertThat(AnonymousSources.isVague("a former Russian intelligence officer"))
                .isFalse();
    }

    @Test
    void whyAnonymityWasGrantedIsAskedAndShown() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        String description = "an official briefed on the clearance review " + System.nanoTime();
        String[] params = anonymous(description, "not authorised to discuss clearances publicly");
        assertThat(anna.post(clearance + "/attributions/new", params).getRedirectedUrl())
                .isEqualTo(clearance);

        Document page = anna.page(clearance);
        assertThat(page.select("li.attribution:contains(" + description + ") .anonymity-reason")
                        .text())
                .isEqualTo("Granted anonymity: not authorised to discuss clearances publicly");
    }

    @Test
    void aDeclinerIsItsOwnAnonymousSourceOnlyOnceAnEditorConfirmsIt() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        // The Pentagon's spokesman declined to comment on the claim.
        String description = "a Pentagon official familiar with the review " + System.nanoTime();
        Document refused = EditorSession.html(anna.post(clearance + "/attributions/new", anonymous(description, "")));
        assertThat(refused.select("#confirmedBesideADecline").text())
                .contains("The Pentagon declined to comment on this claim")
                .contains("tick \"The source shows it\"");
        assertThat(count(description)).isZero();

        String[] confirmed = java.util.Arrays.copyOf(anonymous(description, ""), 16);
        confirmed[14] = "confirmedBesideADecline";
        confirmed[15] = "true";
        assertThat(anna.post(clearance + "/attributions/new", confirmed).getRedirectedUrl())
                .isEqualTo(clearance);
        assertThat(count(description)).isOne();
    }

    private long count(String description) {
        return jdbc.queryForObject(
                "select count(*) from attribution where speaker_description = ?", Long.class, description);
    }

    private String[] anonymous(String description, String reason) {
        long source = jdbc.queryForObject("select min(id) from source", Long.class);
        return new String[] {
            "sourceId", String.valueOf(source),
            "speakerDescription", description,
            "stance", "ASSERTS",
            "basis", "briefed on the review",
            "noQuote", "true",
            "anonymityReason", reason,
            "sourceCount", "1"
        };
    }
}
