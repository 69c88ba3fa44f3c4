package org.claimtrail.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
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
 * Several claims at once: ticked on the claims list (a plain form, no script), given one work
 * state and assignee or moved to one story, all or none, with a summary of what changed.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class BulkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void editorsTickClaimsOnTheListAndReadersSeeNoBoxes() throws Exception {
        Document list = EditorSession.editor(mvc, "anna").page("/claims");
        assertThat(list.select("form#bulk-select[action=/desk/bulk][method=get]"))
                .hasSize(1);
        assertThat(list.select("input[type=checkbox][name=claim][form=bulk-select]"))
                .hasSizeGreaterThan(10);
        String readers = mvc.perform(get("/claims")).andReturn().getResponse().getContentAsString();
        assertThat(readers).doesNotContain("bulk-select").doesNotContain("name=\"claim\"");
    }

    @Test
    void chosenClaimsGetOneWorkStateAndAssigneeAllOrNone() throws Exception {
        List<Long> ids = ids("musk-says-he-spoke-with-putin-once-in-2021", "kremlin-acknowledges-one-call-before-2022");
        EditorSession bob = EditorSession.editor(mvc, "bob");
        Document chosen = bob.page("/desk/bulk?claim=" + ids.get(0) + "&claim=" + ids.get(1) + "&claim=999999");
        assertThat(chosen.select("ul.bulk-claims li")).hasSize(2);
        assertThat(chosen.text()).contains("1 of the claims chosen no longer exist");

        assertThat(bob.postForFlashError(
                        "/desk/bulk/work",
                        "claim",
                        ids.get(0).toString(),
                        "claim",
                        ids.get(1).toString(),
                        "state",
                        "nonsense"))
                .isEqualTo("Nothing changed: choose one of the desk's work states.");
        assertThat(states(ids)).isZero();

        assertThat(bob.postForFlash(
                        "/desk/bulk/work",
                        "claim",
                        ids.get(0).toString(),
                        "claim",
                        ids.get(1).toString(),
                        "state",
                        "in-progress",
                        "assignee",
                        ""))
                .isEqualTo("2 claims now In progress, assigned to nobody.");
        assertThat(states(ids)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from claim_work_event where claim_id = any(?)", Long.class, (Object)
                                ids.toArray(Long[]::new)))
                .as("one move kept for each claim")
                .isEqualTo(2);
    }

    @Test
    void chosenClaimsMoveToAStoryEachWithItsOwnHistoryEntry() throws Exception {
        jdbc.update("insert into story (slug, title) values ('bulk-target', 'The Kremlin responds')");
        long story = jdbc.queryForObject("select id from story where slug = 'bulk-target'", Long.class);
        List<Long> ids = ids("musk-did-not-respond-to-requests-for-comment", "musk-calls-nyt-and-wsj-left-wing");
        EditorSession bob = EditorSession.editor(mvc, "bob");

        assertThat(bob.postForFlash(
                        "/desk/bulk/story",
                        "claim",
                        ids.get(0).toString(),
                        "claim",
                        ids.get(1).toString(),
                        "storyId",
                        Long.toString(story)))
                .isEqualTo("2 claims now in “The Kremlin responds”.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from claim where story_id = ? and id = any(?)",
                        Long.class,
                        story,
                        ids.toArray(Long[]::new)))
                .isEqualTo(2);
        assertThat(bob.page("/claims/musk-calls-nyt-and-wsj-left-wing/history").text())
                .contains("The Kremlin responds");
        assertThat(bob.postForFlashError("/desk/bulk/story", "claim", ids.get(0).toString(), "storyId", "999999"))
                .isEqualTo("Nothing changed: that story no longer exists.");
        // A blank box binds as no claim (HostileInputIT found a 500 for a form feed in one).
        assertThat(bob.postForFlashError("/desk/bulk/story", "claim", "\f", "storyId", Long.toString(story)))
                .isEqualTo("Nothing changed: no claim was chosen. Tick the claims on the list first.");
        assertThat(bob.postForFlash(
                        "/desk/bulk/work", "claim", " ", "claim", ids.get(0).toString(), "state", "done"))
                .isEqualTo("1 claim now Done, assigned to nobody.");
    }

    private List<Long> ids(String... slugs) {
        return List.of(slugs).stream()
                .map(slug -> jdbc.queryForObject("select id from claim where slug = ?", Long.class, slug))
                .toList();
    }

    private long states(List<Long> ids) {
        return jdbc.queryForObject("select count(*) from claim_work where claim_id = any(?)", Long.class, (Object)
                ids.toArray(Long[]::new));
    }
}
