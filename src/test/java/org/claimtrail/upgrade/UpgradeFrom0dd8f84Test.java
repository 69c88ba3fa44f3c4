package org.claimtrail.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * The upgrade from release 0dd8f84, the previous release (V1–V16), of the reliability run's
 * database: edited with 7fc9b01, upgraded by 0dd8f84 (whose V12 overwrote part of that work) and
 * edited further with 0dd8f84's forms ({@link DeskEdits#atRelease0dd8f84}). Nothing is corrected
 * again; what that V12 overwrote is listed for an admin; and the schema only grows, so 0dd8f84
 * itself still runs on the upgraded database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@IsolatedDatabase(restoredFrom = "upgrade/0dd8f84.sql")
class UpgradeFrom0dd8f84Test {

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
        UpgradeChecks.theNewCorrectionsAreTheFixesMade(before, jdbc);
        assertThat(jdbc.queryForObject("select count(*) from revision", Long.class))
                .as("one revision: the second review's corrections")
                .isEqualTo(before.queryForObject("select count(*) from revision", Long.class) + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from correction c join revision r on r.id = c.revision_id"
                                + " where r.username = 'seed correction (V30)'",
                        Long.class))
                .as("an upgraded install lists the review's corrections for its readers")
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from correction where id <= ?",
                        Long.class,
                        before.queryForObject("select coalesce(max(id), 0) from correction", Long.class)))
                .as("and keeps every correction it had")
                .isEqualTo(before.queryForObject("select count(*) from correction", Long.class));
    }

    /**
     * Every table and column the previous release has is still there with its type, and no column
     * became required: that release's entities still validate and its saves still fit, so rolling
     * the binary back after the upgrade works (0dd8f84's own upgrade dropped a table 7fc9b01 needed).
     */
    @Test
    void theSchemaOnlyGrowsSoThePreviousReleaseStillRuns() {
        UpgradeChecks.theSchemaOnlyGrew(before, jdbc);
    }

    @Test
    void whatThePreviousUpgradeOverwroteIsListedWithTheEditorsValue() {
        List<String> overwritten = jdbc.queryForList("""
                select table_name || ' ' || coalesce(column_name, '(removed)') || ': ' || coalesce(found_value, '')
                from seed_correction where migration = 'V12' and outcome = 'OVERWRITTEN' order by id""", String.class);
        assertThat(overwritten)
                .contains(
                        "claim statement: desk: Musk said in October 2022 that he had spoken with Putin only once, around April 2021.",
                        "claim status: CONFIRMED",
                        "actor description: desk: New York daily newspaper.",
                        "source published_label: desk: late October 2024, undated",
                        "claim_link (removed): ")
                .anyMatch(row -> row.startsWith("attribution relays_id: "))
                // Only the topics of this claim were the desk's: its statement was the seed's to correct.
                .noneMatch(row -> row.contains("The contacts raise national-security questions"));
    }

    @Test
    void anAdminSeesTheOverwrittenValues() throws Exception {
        Document page = EditorSession.admin(mvc, EarlierReleaseDumps.ADMIN).page("/admin/upgrade");
        assertThat(page.select(".upgrade-item h3").eachText())
                .anySatisfy(h -> assertThat(h).startsWith("Changed by the upgrade to 0dd8f84 after an editor's change"))
                .anySatisfy(
                        h -> assertThat(h).startsWith("Removed by the upgrade to 0dd8f84 after an editor's change"));
        assertThat(page.select(".upgrade-item td.before").eachText()).contains("desk: New York daily newspaper.");
        assertThat(page.select(".upgrade-item p").eachText())
                .anySatisfy(p -> assertThat(p).contains("replaced what anna had saved on"));
    }
}
