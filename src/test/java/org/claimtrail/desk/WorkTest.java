package org.claimtrail.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
 * The desk's work on a claim: a state and an assignee, moved from the claim's page, every move
 * kept with who made it; the assignee finds the claim on My desk; a move made on an outdated page
 * is refused; readers see none of it.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class WorkTest {

    private static final String CLAIM = "/claims/spacex-won-classified-contract-in-2021";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminAssignsAClaimTheEditorFindsItOnHerDeskAndMovesIt() throws Exception {
        jdbc.update("insert into account (username, password_hash, role, enabled, created_at) "
                + "values ('carla', 'x', 'EDITOR', true, now()) on conflict do nothing");
        EditorSession admin = EditorSession.admin(mvc, "root");
        EditorSession carla = EditorSession.editor(mvc, "carla");
        String version = admin.page(CLAIM).select("#work input[name=version]").val();
        assertThat(version).isEqualTo("-1");
        assertThat(admin.postForFlash(CLAIM + "/work", "state", "to-check", "assignee", "carla", "version", version))
                .isEqualTo("Desk work saved.");

        Document desk = carla.page("/desk");
        assertThat(desk.select("#assigned li").text()).contains("SpaceX", "To check", "moved by root");
        assertThat(desk.select("#assigned a").attr("href")).isEqualTo(CLAIM + "#work");

        Document claim = carla.page(CLAIM);
        assertThat(claim.select("#work").text()).contains("To check", "assigned to carla", "moved by root");
        String read = claim.select("#work input[name=version]").val();
        assertThat(carla.postForFlash(CLAIM + "/work", "state", "in-progress", "assignee", "carla", "version", read))
                .isEqualTo("Desk work saved.");
        assertThat(carla.page(CLAIM).select("#work details li").eachText())
                .hasSize(2)
                .first()
                .asString()
                .contains("In progress", "carla");

        // A second move from the page carla read before her own move: refused, not overwritten.
        assertThat(admin.postForFlashError(CLAIM + "/work", "state", "done", "assignee", "", "version", read))
                .startsWith("Not saved: someone moved this claim after you opened the page.");
        assertThat(jdbc.queryForObject(
                        "select state from claim_work w join claim c on c.id = w.claim_id "
                                + "where c.slug = 'spacex-won-classified-contract-in-2021'",
                        String.class))
                .isEqualTo("in-progress");
    }

    @Test
    void anUnknownStateOrAssigneeIsRefusedWithAReasonAndNothingIsSaved() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        String claim = "/claims/musk-calls-nyt-and-wsj-left-wing";
        assertThat(anna.postForFlashError(claim + "/work", "state", "published", "version", "-1"))
                .isEqualTo("Not saved: choose one of the desk's work states.");
        assertThat(anna.postForFlashError(claim + "/work", "state", "done", "assignee", "mallory", "version", "-1"))
                .isEqualTo("Not saved: work is assigned to an editor with an account here, or to nobody.");
        assertThat(anna.postForFlashError(claim + "/work", "state", "done"))
                .startsWith("Not saved: the form did not say");
        assertThat(jdbc.queryForObject(
                        "select count(*) from claim_work_event e join claim c on c.id = e.claim_id "
                                + "where c.slug = 'musk-calls-nyt-and-wsj-left-wing'",
                        Long.class))
                .isZero();
    }

    @Test
    void readersSeeNoDeskWork() throws Exception {
        EditorSession.admin(mvc, "root")
                .post(
                        "/claims/musk-did-not-dispute-specific-information/work",
                        "state",
                        "ready-for-review",
                        "assignee",
                        "",
                        "version",
                        "-1");
        String page = mvc.perform(get("/claims/musk-did-not-dispute-specific-information"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain("id=\"work\"")
                .doesNotContain("Ready for review")
                .doesNotContain("Desk work");
    }
}
