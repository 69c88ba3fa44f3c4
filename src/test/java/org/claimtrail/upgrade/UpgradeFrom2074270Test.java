package org.claimtrail.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The upgrade from release 2074270, the previous release (V1–V23), of a database its desk worked
 * in through its forms ({@link DeskEdits#atRelease2074270}): notes, a new work state, assignments
 * and moves, a draft verdict, bulk moves. Every row is as that release left it, the schema only
 * grows (so 2074270 still runs on it), and the desk finds its work where it left it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@IsolatedDatabase(restoredFrom = "upgrade/2074270.sql")
class UpgradeFrom2074270Test {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private JdbcTemplate before;

    @BeforeEach
    void theDatabaseAsTheEarlierReleaseLeftIt() {
        before = UpgradeChecks.asRestored(getClass());
    }

    @Test
    void everyRowIsAsThePreviousReleaseLeftIt() {
        UpgradeChecks.everyRowIsAsTheEarlierReleaseLeftIt(before, jdbc, Set.of(), Map.of());
        // Nothing an earlier release corrected is corrected again; the second review's fixes (V30) are
        // made where the rows still hold what the seed wrote, and listed as corrections.
        assertThat(jdbc.queryForObject(
                        "select count(*) from seed_correction where outcome = 'APPLIED' and migration <> 'V30'",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from seed_correction where outcome = 'APPLIED' and migration = 'V30'",
                        Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from revision where note is not null", Long.class))
                .as("no earlier revision is said to be an import")
                .isZero();
    }

    @Test
    void theSchemaOnlyGrowsSoThePreviousReleaseStillRuns() {
        UpgradeChecks.theSchemaOnlyGrew(before, jdbc);
    }

    @Test
    void theDeskFindsItsWorkWhereItLeftIt() throws Exception {
        Document bens =
                EditorSession.editor(mvc, EarlierReleaseDumps.SECOND_EDITOR).page("/desk");
        assertThat(bens.select("#assigned li").eachText())
                .anySatisfy(claim -> assertThat(claim).contains("Putin asked Musk", "In progress"));
        assertThat(bens.select("#draft-verdicts li").eachText())
                .anySatisfy(draft -> assertThat(draft).contains("Unproven", "Drafted by anna"));
        assertThat(bens.select("#newest-notes li").eachText())
                .anySatisfy(note -> assertThat(note).contains("desk: the Kremlin's denial is in TASS and RIA"))
                .anySatisfy(note -> assertThat(note).contains("desk: called SpaceX's press office 14:05"));
        Document queue =
                EditorSession.editor(mvc, EarlierReleaseDumps.EDITOR).page("/desk/queue?state=ready-for-review");
        assertThat(queue.select(".desk-queue li")).hasSize(2);
        assertThat(queue.select("#state option").eachText())
                .anySatisfy(s -> assertThat(s).startsWith("desk: Needs a second source"));
        assertThat(jdbc.queryForObject("select count(*) from claim_work_event", Long.class))
                .isEqualTo(before.queryForObject("select count(*) from claim_work_event", Long.class))
                .isGreaterThanOrEqualTo(4);
    }
}
