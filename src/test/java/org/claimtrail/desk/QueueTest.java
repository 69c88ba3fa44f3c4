package org.claimtrail.desk;

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
 * The desk's queue and what My desk tells an editor: claims narrowed by state, assignee and story
 * with each state's count; the claims marked ready for review; and what others changed on the
 * editor's claims since they last looked (work moved, a note, an attribution), never their own.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class QueueTest {

    private static final String SPACEX = "/claims/spacex-won-classified-contract-in-2021";
    private static final String PENTAGON = "/claims/pentagon-declined-to-comment-on-clearances";
    private static final String STARLINK = "/claims/starlink-still-unavailable-in-taiwan";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theQueueNarrowsByStateAssigneeAndStoryAndMyDeskSaysWhatOthersChangedSinceILooked() throws Exception {
        for (String name : new String[] {"anna", "bob", "carla"}) {
            jdbc.update(
                    "insert into account (username, password_hash, role, enabled, created_at) "
                            + "values (?, 'x', 'EDITOR', true, now()) on conflict do nothing",
                    name);
        }
        EditorSession anna = EditorSession.editor(mvc, "anna");
        EditorSession bob = EditorSession.editor(mvc, "bob");
        move(anna, SPACEX, "in-progress", "bob");
        move(anna, PENTAGON, "ready-for-review", "bob");
        move(anna, STARLINK, "to-check", "carla");

        Document first = bob.page("/desk");
        assertThat(first.select("#changes").text()).contains("Your first look");
        // A first look lists the past week's changes by editors: this database's migrations (the
        // seed's correction, a week old at most here) are nobody's work on the claims.
        assertThat(first.select("#changes li").eachText())
                .hasSize(2)
                .allSatisfy(change -> assertThat(change).startsWith("anna moved the desk work to"));
        assertThat(first.select("#ready-for-review li").eachText())
                .singleElement()
                .satisfies(claim -> assertThat(claim).contains("The Pentagon declined to comment"));

        Document again = bob.page("/desk");
        assertThat(again.select("#changes").text()).contains("Since you last looked", "Nothing changed");

        anna.post(SPACEX + "/notes", "body", "Called SpaceX's press office, no answer.");
        long source = jdbc.queryForObject("select id from source order by id limit 1", Long.class);
        anna.post(
                SPACEX + "/attributions/new",
                "sourceId",
                String.valueOf(source),
                "speakerDescription",
                "a person familiar with the contract",
                "stance",
                "ASSERTS",
                "noQuote",
                "true");
        bob.post(SPACEX + "/notes", "body", "My own note is no news to me.");
        Document later = bob.page("/desk");
        assertThat(later.select("#changes li").eachText())
                .hasSize(2)
                .anySatisfy(change -> assertThat(change).startsWith("anna wrote a note on SpaceX won"))
                .anySatisfy(change -> assertThat(change).startsWith("anna added an attribution on SpaceX won"));

        Document ready = anna.page("/desk/queue?state=ready-for-review");
        assertThat(ready.select(".desk-queue li").eachText())
                .singleElement()
                .satisfies(claim -> assertThat(claim).contains("The Pentagon declined to comment", "bob"));
        assertThat(ready.select("#queue-counts").text())
                .contains("3 claim(s) in the queue", "To check 1", "In progress 1", "Ready for review 1", "Done 0");
        Document bobs = anna.page("/desk/queue?assignee=bob");
        assertThat(bobs.select(".desk-queue li")).hasSize(2);
        assertThat(bobs.select("#queue-counts").text()).contains("2 claim(s) in the queue for these filters");
        Document story = anna.page("/desk/queue?story=musk-putin-contacts&state=to-check");
        assertThat(story.select(".desk-queue li").eachText())
                .singleElement()
                .satisfies(claim -> assertThat(claim).contains("Starlink", "carla"));
        Document nonsense = anna.page("/desk/queue?state=published&assignee=mallory&story=nowhere");
        assertThat(nonsense.select("p.notice").eachText())
                .containsExactly(
                        "The desk has no work state “published”: all states are shown.",
                        "No editor is called “mallory”: every assignee is shown.",
                        "No story is called “nowhere”: every story is shown.");
        assertThat(nonsense.select(".desk-queue li")).hasSize(3);
    }

    private static void move(EditorSession editor, String claim, String state, String assignee) throws Exception {
        String version = editor.page(claim).select("#work input[name=version]").val();
        assertThat(editor.postForFlash(claim + "/work", "state", state, "assignee", assignee, "version", version))
                .isEqualTo("Desk work saved.");
    }
}
