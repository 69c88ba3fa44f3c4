package org.claimtrail.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.testapp.EditorSession.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Stories are started and revised in the app; the featured one leads the home page; claims come in date order. */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class StoryFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditorStartsAStoryWhoseAddressComesFromItsTitleAndTheSeedStoryStaysOnTheHomePage() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");

        MockHttpServletResponse saved = anna.post(
                "/stories/new",
                "title",
                "Starlink over Taiwan: who asked whom",
                "summary",
                "Follow-ups on the request.",
                "claimOrder",
                "EVENT_DATE");

        assertThat(saved.getRedirectedUrl()).isEqualTo("/stories/starlink-over-taiwan-who-asked-whom");
        Document story = anna.page("/stories/starlink-over-taiwan-who-asked-whom");
        assertThat(story.select("h1").text()).isEqualTo("Starlink over Taiwan: who asked whom");
        assertThat(story.select("a[href^=/claims/new]").attr("href")).contains("storyId=");
        assertThat(anna.page("/").select("h1").text())
                .as("the featured seed story leads the home page")
                .isEqualTo(jdbc.queryForObject(
                        "select title from story where slug = 'musk-putin-contacts'", String.class));
        assertThat(anna.page("/stories").select("ul.stories a").eachText().get(0))
                .isEqualTo("Starlink over Taiwan: who asked whom");
    }

    @Test
    void featuringAStoryPutsItOnTheHomePageAndUnfeaturesTheOther() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        anna.post("/stories/new", "title", "A story to feature", "claimOrder", "AS_ADDED", "featured", "true");

        assertThat(anna.page("/").select("h1").text()).isEqualTo("A story to feature");
        assertThat(jdbc.queryForList("select slug from story where featured", String.class))
                .containsExactly("a-story-to-feature");

        anna.post(
                "/stories/musk-putin-contacts/edit",
                "title",
                jdbc.queryForObject("select title from story where slug = 'musk-putin-contacts'", String.class),
                "claimOrder",
                "EVENT_DATE",
                "featured",
                "true",
                "version",
                version("musk-putin-contacts"));
        assertThat(jdbc.queryForList("select slug from story where featured", String.class))
                .containsExactly("musk-putin-contacts");
    }

    @Test
    void editingKeepsThePermalinkWhateverTheFormSends() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        anna.post("/stories/new", "title", "Kept address", "claimOrder", "EVENT_DATE");
        assertThat(anna.page("/stories/kept-address/edit").select("input[name=slug]"))
                .as("no field for what cannot change")
                .isEmpty();

        MockHttpServletResponse saved = anna.post(
                "/stories/kept-address/edit",
                "title",
                "Kept address, new title",
                "slug",
                "something-else",
                "claimOrder",
                "AS_ADDED",
                "version",
                version("kept-address"));

        assertThat(saved.getRedirectedUrl()).isEqualTo("/stories/kept-address");
        assertThat(jdbc.queryForMap("select title, claim_order from story where slug = 'kept-address'"))
                .containsEntry("title", "Kept address, new title")
                .containsEntry("claim_order", "AS_ADDED");
        Document history = html(
                mvc.perform(get("/stories/kept-address/history")).andReturn().getResponse());
        assertThat(history.select("article.revision").first().text())
                .as("nothing lost: the earlier title is in the history")
                .contains("anna", "Kept address", "Kept address, new title", "In the order they were added");
    }

    @Test
    void aTakenOrMalformedAddressAndAMissingTitleAreRefusedWithMessagesAtTheTopAndNothingIsSaved() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        Map<String, String> before = DatabaseFingerprint.of(jdbc);

        Document taken = html(anna.post(
                "/stories/new", "title", "Another", "slug", "musk-putin-contacts", "claimOrder", "EVENT_DATE"));
        Document malformed =
                html(anna.post("/stories/new", "title", "", "slug", "Not A Slug/../x", "claimOrder", "EVENT_DATE"));

        assertThat(taken.select(".field-error").text())
                .contains("Another story already has the address /stories/musk-putin-contacts");
        assertThat(taken.select("main a[href=/stories/musk-putin-contacts]")).isNotEmpty();
        assertThat(malformed.select("#error-summary li a").eachAttr("href"))
                .containsExactlyInAnyOrder("#title", "#slug");
        assertThat(malformed.select("#error-summary").text())
                .contains("Nothing was saved: 2 things to fix.", "Give the story a title.", "lower-case letters");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theStoryPageListsClaimsByTheEventsDateWithWhoSaysWhat() throws Exception {
        Document page = html(
                mvc.perform(get("/stories/musk-putin-contacts")).andReturn().getResponse());

        List<String> starts = jdbc.queryForList("""
                select coalesce(event_earliest, event_latest, '9999-12-31')::text from claim
                where story_id = (select id from story where slug = 'musk-putin-contacts')
                order by coalesce(event_earliest, event_latest, '9999-12-31'), id""", String.class);
        List<String> shownSlugs = page.select("li.claim-row > a").eachAttr("href");
        List<String> expectedSlugs = jdbc.queryForList("""
                select '/claims/' || slug from claim
                where story_id = (select id from story where slug = 'musk-putin-contacts')
                order by coalesce(event_earliest, event_latest, '9999-12-31'), id""", String.class);
        assertThat(starts).isSorted();
        assertThat(shownSlugs).isEqualTo(expectedSlugs);
        assertThat(page.select("li.voice").eachText())
                .contains("Dmitry Peskov denies")
                .anySatisfy(v ->
                        assertThat(v).startsWith("several current and former").endsWith(" assert"));
    }

    @Test
    void readersCannotReachTheStoryForms() throws Exception {
        assertThat(mvc.perform(get("/stories/new")).andReturn().getResponse().getStatus())
                .isIn(302, 401, 403);
    }

    private String version(String slug) {
        return String.valueOf(jdbc.queryForObject("select version from story where slug = ?", Long.class, slug));
    }
}
