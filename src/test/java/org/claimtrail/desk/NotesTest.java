package org.claimtrail.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The desk's internal notes on a claim: any editor adds one on the claim's page, its author alone
 * edits it, a refused note comes back in its box, and readers never see one.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class NotesTest {

    private static final String CLAIM = "/claims/kremlin-denies-regular-musk-putin-communication";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditorsNoteIsOnTheClaimForEditorsAndOnTheDeskButNeverForReaders() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        EditorSession bob = EditorSession.editor(mvc, "bob");
        assertThat(anna.postForFlash(
                        CLAIM + "/notes", "body", "  Called the Kremlin press office 14:05, no answer yet. "))
                .isEqualTo("Note added. Editors only see it.");

        Document annas = anna.page(CLAIM);
        assertThat(annas.select("#notes .note-body").eachText())
                .containsExactly("Called the Kremlin press office 14:05, no answer yet.");
        assertThat(annas.select("#notes a:contains(Edit)")).hasSize(1);
        assertThat(bob.page(CLAIM).select("#notes .note-body").eachText())
                .containsExactly("Called the Kremlin press office 14:05, no answer yet.");
        assertThat(bob.page(CLAIM).select("#notes a:contains(Edit)"))
                .as("only its author edits it")
                .isEmpty();
        assertThat(bob.page("/desk").select("#newest-notes li").text())
                .contains("Called the Kremlin press office 14:05, no answer yet.", "anna");

        String readers = mvc.perform(get(CLAIM)).andReturn().getResponse().getContentAsString();
        assertThat(readers).doesNotContain("Kremlin press office").doesNotContain("id=\"notes\"");
    }

    @Test
    void aRefusedNoteComesBackInItsBoxAndNothingIsSaved() throws Exception {
        long before = notes();
        EditorSession anna = EditorSession.editor(mvc, "anna");
        assertThat(anna.postForFlashError(CLAIM + "/notes", "body", "   "))
                .isEqualTo("Note not saved: write the note first.");
        String tooLong = "x".repeat(NoteService.MAX_LENGTH + 1);
        MvcResult refused = mvc.perform(post(CLAIM + "/notes")
                        .param("body", tooLong)
                        .with(user("anna").roles("EDITOR"))
                        .with(csrf()))
                .andReturn();
        assertThat((String) refused.getFlashMap().get("flashError"))
                .isEqualTo("Note not saved: a note holds at most 4,000 characters (this one has 4,001).");
        assertThat(refused.getFlashMap().get("noteDraft"))
                .as("the words typed come back")
                .isEqualTo(tooLong);
        assertThat(notes()).isEqualTo(before);
        assertThat(anna.post("/claims/no-such-claim/notes", "body", "A note").getStatus())
                .isEqualTo(404);
    }

    @Test
    void onlyItsAuthorEditsANoteAndAnEditMadeMeanwhileIsNotOverwritten() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        EditorSession bob = EditorSession.editor(mvc, "bob");
        anna.post(CLAIM + "/notes", "body", "Waiting for TASS to answer.");
        long id = jdbc.queryForObject("select max(id) from desk_note where author = 'anna'", Long.class);
        String edit = "/notes/" + id + "/edit";

        assertThat(bob.post(edit, "body", "Bob's words", "version", "0").getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(edit).with(user("bob").roles("EDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        Document form = anna.page(edit);
        assertThat(form.select("textarea[name=body]").text()).isEqualTo("Waiting for TASS to answer.");
        String version = form.select("input[name=version]").val();

        assertThat(anna.postForFlash(edit, "body", "TASS answered: no comment.", "version", version))
                .isEqualTo("Note saved.");
        Document stale = Jsoup.parse(anna.post(edit, "body", "An older tab's words", "version", version)
                .getContentAsString());
        assertThat(stale.select(".form-errors").text()).contains("saved again after you opened it", "TASS answered");
        assertThat(stale.select("textarea[name=body]").text()).isEqualTo("An older tab's words");
        assertThat(jdbc.queryForObject("select body from desk_note where id = ?", String.class, id))
                .isEqualTo("TASS answered: no comment.");
    }

    /**
     * Notes on an attribution and on a source, on their own pages: an editor adds one there and
     * finds it there and on My desk; its author edits it and comes back to that page; a reader's
     * page has neither the note nor the form; an item that is not there is the site's 404.
     */
    @Test
    void notesOnAnAttributionAndASourceAreOnTheirPagesForEditorsOnly() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        EditorSession bob = EditorSession.editor(mvc, "bob");
        long attribution = jdbc.queryForObject("select min(id) from attribution", Long.class);
        long source = jdbc.queryForObject("select min(id) from source", Long.class);
        String attributionPage = "/attributions/" + attribution;
        String sourcePage = "/sources/" + source;

        assertThat(anna.postForFlash(
                        attributionPage + "/notes", "body", "Asked the outlet who the second official is."))
                .isEqualTo("Note added. Editors only see it.");
        assertThat(anna.postForFlash(sourcePage + "/notes", "body", "The archive copy is from 25 October."))
                .isEqualTo("Note added. Editors only see it.");

        assertThat(bob.page(attributionPage).select("#notes .note-body").eachText())
                .containsExactly("Asked the outlet who the second official is.");
        assertThat(bob.page(sourcePage).select("#notes .note-body").eachText())
                .containsExactly("The archive copy is from 25 October.");
        assertThat(bob.page("/desk").select("#newest-notes li").eachText())
                .anySatisfy(n -> assertThat(n).startsWith("On attribution " + attribution))
                .anySatisfy(n -> assertThat(n).startsWith("On source " + source));
        for (String page : List.of(attributionPage, sourcePage)) {
            String readers = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
            assertThat(readers)
                    .as(page)
                    .doesNotContain("id=\"notes\"")
                    .doesNotContain("Asked the outlet")
                    .doesNotContain("archive copy");
        }

        long id = jdbc.queryForObject("select max(id) from desk_note where source_id = ?", Long.class, source);
        String version = anna.page("/notes/" + id + "/edit")
                .select("input[name=version]")
                .val();
        MvcResult saved = mvc.perform(post("/notes/" + id + "/edit")
                        .param("body", "The archive copy is from 26 October.")
                        .param("version", version)
                        .with(user("anna").roles("EDITOR"))
                        .with(csrf()))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(sourcePage + "#notes");
        assertThat(anna.post("/attributions/999999999/notes", "body", "A note").getStatus())
                .isEqualTo(404);
        assertThat(anna.post("/sources/999999999/notes", "body", "A note").getStatus())
                .isEqualTo(404);
    }

    private long notes() {
        return jdbc.queryForObject("select count(*) from desk_note", Long.class);
    }
}
