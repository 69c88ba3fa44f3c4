package org.claimtrail.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An admin renames, reorders and adds the desk's work states; claims stay in their state; editors may not. */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class WorkStatesTest {

    private static final String CLAIM = "/claims/contacts-raise-national-security-questions";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminRenamesAndAddsStatesAndClaimsKeepTheirState() throws Exception {
        EditorSession root = EditorSession.admin(mvc, "root");
        root.post(CLAIM + "/work", "state", "to-check", "assignee", "", "version", "-1");

        assertThat(root.postForFlash("/admin/work-states/to-check", "label", "To verify", "position", "10"))
                .isEqualTo("Work state saved.");
        assertThat(root.postForFlash("/admin/work-states", "label", "2nd read", "position", "25"))
                .isEqualTo("Work state saved.");

        assertThat(root.page(CLAIM).select("#work p strong").text()).isEqualTo("To verify");
        assertThat(root.page(CLAIM).select("#work-state option").eachText())
                .containsExactly("To verify", "In progress", "2nd read", "Ready for review", "Done");
        assertThat(jdbc.queryForObject("select code from work_state where label = '2nd read'", String.class))
                .isEqualTo("state-2nd-read");
    }

    @Test
    void whatCannotBeAStateIsRefusedWithAReason() throws Exception {
        EditorSession root = EditorSession.admin(mvc, "root");
        long before = jdbc.queryForObject("select count(*) from work_state", Long.class);
        assertThat(root.postForFlashError("/admin/work-states", "label", "  ", "position", "50"))
                .isEqualTo("Not saved: give the state a name of 1 to 60 characters.");
        assertThat(root.postForFlashError("/admin/work-states", "label", "x".repeat(61), "position", "50"))
                .isEqualTo("Not saved: give the state a name of 1 to 60 characters.");
        assertThat(root.postForFlashError("/admin/work-states", "label", "Parked", "position", "soon"))
                .isEqualTo("Not saved: the position is a whole number from 1 to 10,000.");
        assertThat(root.postForFlashError("/admin/work-states", "label", "Parked", "position", "20"))
                .isEqualTo("Not saved: another state has that position; choose a free one.");
        assertThat(root.postForFlashError("/admin/work-states", "label", "done", "position", "60"))
                .isEqualTo("Not saved: a state of that name exists.");
        assertThat(root.postForFlashError("/admin/work-states/no-such", "label", "Parked", "position", "60"))
                .startsWith("Not saved: there is no such state");
        assertThat(jdbc.queryForObject("select count(*) from work_state", Long.class))
                .isEqualTo(before);

        assertThat(EditorSession.editor(mvc, "anna")
                        .post("/admin/work-states", "label", "Parked", "position", "60")
                        .getStatus())
                .isEqualTo(403);
    }
}
