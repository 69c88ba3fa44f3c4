package org.claimtrail.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.upgrade.DeskEdits.KREMLIN_DENIES;
import static org.claimtrail.upgrade.DeskEdits.NO_RESPONSE;
import static org.claimtrail.upgrade.DeskEdits.ONE_CALL;
import static org.claimtrail.upgrade.DeskEdits.REGULAR_CONTACT;
import static org.claimtrail.upgrade.DeskEdits.SECURITY_QUESTIONS;
import static org.claimtrail.upgrade.DeskEdits.TALKS_COVERED;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.util.Map;
import java.util.Set;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The upgrade from release 7fc9b01 (migrations V1–V6) of a database its desk edited through its
 * forms ({@link DeskEdits#atRelease7fc9b01}): this context's start-up is that upgrade. Release
 * 0dd8f84 overwrote 9 of such saves and failed outright on the desk's "adds detail to" link (issue 21).
 */
@SpringBootTest
@AutoConfigureMockMvc
@IsolatedDatabase(restoredFrom = "upgrade/7fc9b01.sql")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeFrom7fc9b01Test {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private JdbcTemplate before;

    @org.junit.jupiter.api.BeforeEach
    void theDatabaseAsTheEarlierReleaseLeftIt() {
        before = UpgradeChecks.asRestored(getClass());
    }

    @Test
    @Order(1)
    void everyRowTheDeskLeftIsAsItWasButWhereASeedCorrectionFoundTheSeedsValue() {
        String wsjOwnAttribution = jdbc.queryForObject("""
                select a.id::text from attribution_aud a join revision r on r.id = a.rev
                where r.username = 'seed correction (V18)' and a.revtype = 0""", String.class);
        // V7 replaced sign-in throttling, V11 dropped stories' revisions: both by design, long ago.
        UpgradeChecks.everyRowIsAsTheEarlierReleaseLeftIt(
                before,
                jdbc,
                Set.of("sign_in_throttle", "story_aud"),
                Map.of("attribution", Set.of(wsjOwnAttribution)));
    }

    @Test
    @Order(1)
    void eachSeedCorrectionWasMadeOnlyWhereTheSeedsValueWasStillThere() {
        UpgradeChecks.eachFixWasMadeExactlyWhereTheSeedsValueWasStillThere(before, jdbc, "V18");
        assertThat(outcomes())
                .containsEntry("claim 1 statement", "SKIPPED")
                .containsEntry("claim 3 statement and status", "SKIPPED")
                .containsEntry("claim 13 statement", "SKIPPED")
                .containsEntry("description of wall-street-journal", "SKIPPED")
                .containsEntry("tracked report date", "SKIPPED")
                .containsEntry("claim 4 link type", "SKIPPED")
                // The desk changed only this claim's topics: its statement was still the seed's.
                .containsEntry("claim 7 statement", "APPLIED")
                .containsEntry("claim 10 statement", "APPLIED")
                .containsEntry("sourcing of " + REGULAR_CONTACT, "APPLIED");
    }

    @Test
    @Order(1)
    void theCorrectionsLogGainedTheCorrectionsMadeAndNoOther() {
        UpgradeChecks.theNewCorrectionsAreTheFixesMade(before, jdbc);
        assertThat(jdbc.queryForList("select reason from correction", String.class))
                .noneMatch(reason -> reason.contains("owned by News Corp"))
                .noneMatch(reason -> reason.contains("which no source says of Musk's statement"));
    }

    @Test
    @Order(1)
    void theDesksWorkReadsAsTheDeskLeftIt() {
        assertThat(claim(ONE_CALL, "statement")).startsWith("desk: ");
        assertThat(claim(TALKS_COVERED, "status")).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject(
                        "select relays_id is null from attribution where basis = 'desk: familiar with the calls' "
                                + "and claim_id = (select id from claim where slug = ?)",
                        Boolean.class,
                        REGULAR_CONTACT))
                .as("Reuters' own sources relay no one")
                .isTrue();
        assertThat(links(ONE_CALL, REGULAR_CONTACT))
                .containsExactly("CONTRADICTS desk: Musk's one call in 2021 against regular contact from late 2022.");
        assertThat(links(NO_RESPONSE, REGULAR_CONTACT))
                .containsExactlyInAnyOrder("DETAILS desk: Musk's silence is part of the report.", "RESPONDS_TO null");
        assertThat(links(KREMLIN_DENIES, "kremlin-acknowledges-one-call-before-2022"))
                .hasSize(1);
        assertThat(claim(SECURITY_QUESTIONS, "statement"))
                .as("the desk never changed the statement: the review's correction (V30) is made")
                .startsWith("The report says the contacts raise questions about national security");
        assertThat(claim(SECURITY_QUESTIONS, "topics")).isEqualTo("{national-security,analysis}");
    }

    @Test
    @Order(2) // writes
    void anAdminSeesWhatTheUpgradeLeftAndMarksItReviewed() throws Exception {
        EditorSession admin = EditorSession.admin(mvc, EarlierReleaseDumps.ADMIN);
        Document page = admin.page("/admin/upgrade");
        assertThat(page.select("#corrections + p, .upgrade-item h3").eachText())
                .anySatisfy(h -> assertThat(h).contains("Claim statement").contains("desk: Musk said in October 2022"))
                .anySatisfy(h -> assertThat(h).contains("Actor description: The Wall Street Journal"));
        assertThat(page.select(".upgrade-item td.before").eachText())
                .contains("desk: New York daily newspaper.", "desk: late October 2024, undated");
        assertThat(page.select(".upgrade-item p").eachText())
                .contains("Not made: An editor's \"adds detail to\" link already relates these two claims.");
        assertThat(page.select("#same-address ~ article li a[href^=/sources/]").eachText())
                .contains("desk: Reuters on Musk and Putin", "desk: Reuters on Musk and Putin (shared link)");
        int waiting = page.select(".upgrade-item").size();

        MockHttpServletResponse marked =
                admin.post("/admin/upgrade/reviewed", "migration", "V18", "fix", "claim 1 statement");
        assertThat(marked.getRedirectedUrl()).isEqualTo("/admin/upgrade");
        assertThat(admin.page("/admin/upgrade").select(".upgrade-item").size()).isEqualTo(waiting - 1);
        assertThat(jdbc.queryForObject(
                        "select bool_and(reviewed_by = 'chief') from seed_correction where fix = 'claim 1 statement'",
                        Boolean.class))
                .isTrue();
    }

    @Test
    @Order(2) // writes
    void aSourceThatRepeatsAnothersAddressStaysEditableUntilMerged() throws Exception {
        long shared = jdbc.queryForObject("select id from source where url like '%fbclid%'", Long.class);
        EditorSession anna = EditorSession.editor(mvc, EarlierReleaseDumps.EDITOR);
        Document form = anna.page("/sources/" + shared + "/edit");
        assertThat(form.select("p.notice").text()).contains("names the same document as");

        java.util.List<String> fields = new java.util.ArrayList<>();
        ((org.jsoup.nodes.FormElement) form.selectFirst("main form[action$=/edit]"))
                .formData()
                .forEach(field -> {
                    fields.add(field.key());
                    fields.add(
                            field.key().equals("title")
                                    ? "desk: Reuters, the link as shared on Facebook"
                                    : field.value());
                });
        MockHttpServletResponse saved = anna.post("/sources/" + shared + "/edit", fields.toArray(String[]::new));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/sources/" + shared);
        assertThat(jdbc.queryForObject("select title from source where id = ?", String.class, shared))
                .isEqualTo("desk: Reuters, the link as shared on Facebook");

        // Pointing another source at that document is still refused.
        MockHttpServletResponse refused = anna.post(
                "/sources/new",
                "kind",
                "WIRE_REPORT",
                "title",
                "again",
                "url",
                "https://reuters.com/world/europe/musk-putin-contacts-2024-10-25/");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(EditorSession.html(refused).select(".form-errors").text()).contains("already recorded");
    }

    @Test
    @Order(2) // writes
    void theDesksAccountsSignInAsBefore() throws Exception {
        mvc.perform(formLogin("/login").user(EarlierReleaseDumps.EDITOR).password(EarlierReleaseDumps.EDITOR_PASSWORD))
                .andExpect(authenticated().withUsername(EarlierReleaseDumps.EDITOR));
    }

    private Map<String, String> outcomes() {
        Map<String, String> outcomes = new java.util.HashMap<>();
        jdbc.query("select fix, min(outcome) from seed_correction where migration = 'V18' group by fix", rs -> {
            outcomes.put(rs.getString(1), rs.getString(2));
        });
        return outcomes;
    }

    private String claim(String slug, String column) {
        return jdbc.queryForObject("select " + column + "::text from claim where slug = ?", String.class, slug);
    }

    private java.util.List<String> links(String from, String to) {
        return jdbc.queryForList("""
                select l.type || ' ' || coalesce(l.note, 'null') from claim_link l
                where l.from_claim_id = (select id from claim where slug = ?) and l.to_claim_id = (select id from claim where slug = ?)""", String.class, from, to);
    }
}
