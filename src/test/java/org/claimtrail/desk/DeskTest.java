package org.claimtrail.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testapp.HandlerPaths;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * "My desk" lists the draft verdicts waiting for review, each one click from the claim where a
 * second editor publishes it; the drafter sees hers as waiting for another editor. Editors only,
 * and a page at a time whatever the number of drafts.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class DeskTest {

    private static final String CLAIM = "/claims/pentagon-declined-to-comment-on-clearances";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aDraftIsOnTheDeskOneClickFromWhereASecondEditorPublishesIt() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        EditorSession bob = EditorSession.editor(mvc, "bob");
        anna.post(CLAIM + "/verdict", "rating", "UNPROVEN", "explanation", "Only the report says so.");

        Element bobsRow = row(bob.page("/desk"), "The Pentagon declined");
        assertThat(bobsRow.text()).contains("Unproven", "Only the report says so.", "Drafted by anna");
        assertThat(bobsRow.select("a").eachAttr("href")).contains(CLAIM + "#verdict");
        assertThat(bobsRow.text()).doesNotContain("waiting for review by another editor");
        assertThat(bob.page(CLAIM).select("#verdict form[action$=/verdict/publish]"))
                .as("one click away, bob finds the Publish button")
                .hasSize(1);

        Element annasRow = row(anna.page("/desk"), "The Pentagon declined");
        assertThat(annasRow.text()).contains("Yours: waiting for review by another editor.");
        assertThat(annasRow.text()).doesNotContain("Review and publish");

        Document header = bob.page("/");
        assertThat(header.select("nav a[href=/desk]").text()).isEqualTo("My desk");
    }

    @Test
    void readersNeitherSeeTheDeskNorAnyLinkToIt() throws Exception {
        MockHttpServletResponse anonymous =
                mvc.perform(get("/desk")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("href=\"/desk").doesNotContain("My desk");
    }

    @Test
    void theDeskShowsAPageOfDraftsAtATime() throws Exception {
        jdbc.update("""
                insert into story (slug, title) values ('many-drafts', 'Many drafts')""");
        jdbc.update("""
                insert into claim (story_id, slug, statement, status)
                select (select id from story where slug = 'many-drafts'), 'queued-claim-' || n, 'Queued claim ' || n, 'REPORTED'
                from generate_series(1, 60) n""");
        jdbc.update("""
                insert into verdict (claim_id, draft_rating, draft_explanation, drafted_by, drafted_at)
                select id, 'UNPROVEN', 'A draft.', 'anna', now() from claim where slug like 'queued-claim-%'""");
        EditorSession bob = EditorSession.editor(mvc, "bob");

        Document first = bob.page("/desk");
        assertThat(first.select("ul.desk-drafts > li")).hasSize(DeskController.PAGE_SIZE);
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).startsWith("/desk?after=");
        Document second = bob.page(next);
        List<String> firstClaims =
                first.select("ul.desk-drafts > li > a:first-child").eachText();
        List<String> secondClaims =
                second.select("ul.desk-drafts > li > a:first-child").eachText();
        assertThat(secondClaims).isNotEmpty().doesNotContainAnyElementsOf(firstClaims);
        assertThat(first.text()).containsPattern("6[01] draft verdicts");
    }

    /**
     * Generated over every route there is: with a draft verdict, notes and a source's saved copy on
     * the desk, no page, document, export or feed a reader can fetch carries their words or a link
     * to the desk.
     */
    @Test
    void noPublicRouteInAnyFormatCarriesADraftOrTheDesk() throws Exception {
        String marker = "desk-private-marker-" + System.nanoTime();
        EditorSession anna = EditorSession.editor(mvc, "anna");
        anna.post("/claims/musk-holds-a-security-clearance/verdict", "rating", "FALSE", "explanation", marker);
        anna.post("/claims/musk-holds-a-security-clearance/notes", "body", "Note " + marker);
        // Notes on the attribution and the source the sample addresses show (/attributions/1, /sources/1).
        anna.post("/attributions/1/notes", "body", "Attribution note " + marker);
        anna.post("/sources/1/notes", "body", "Source note " + marker);
        assertThat(jdbc.queryForObject("select count(*) from desk_note where body like ?", Long.class, "%" + marker))
                .isEqualTo(3);
        // The copy quotes are checked against: readers see what a check found, never the copy.
        anna.post("/sources/1/copy", "text", "The page as the desk kept it, " + marker + ", in its own words.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from source_copy where source_id = 1 and text like ?",
                        Long.class,
                        "%" + marker + "%"))
                .isEqualTo(1);
        anna.post("/claims/musk-holds-a-security-clearance/work", "state", "ready-for-review", "version", "-1");
        int checked = 0;
        for (HandlerPaths.Mapping mapping : HandlerPaths.mappings(mappings)) {
            if (mapping.access() != HandlerPaths.Access.PUBLIC || mapping.method() != RequestMethod.GET) {
                continue;
            }
            MvcResult result = mvc.perform(get(mapping.samplePath())).andReturn();
            if (result.getRequest().isAsyncStarted()) {
                result = mvc.perform(asyncDispatch(result)).andReturn();
            }
            String body = result.getResponse().getContentAsString();
            assertThat(body)
                    .as(mapping.samplePath())
                    .doesNotContain(marker)
                    .doesNotContain("id=\"notes\"")
                    .doesNotContain("/desk\"")
                    .doesNotContain("Ready for review");
            checked++;
        }
        for (String export : List.of(
                "/timeline.csv?story=musk-putin-contacts",
                "/timeline.csv?story=musk-putin-contacts&layout=timelinejs",
                "/feed.atom",
                "/api/claims/musk-holds-a-security-clearance",
                "/claims?q=clearance")) {
            MvcResult result = mvc.perform(get(export)).andReturn();
            if (result.getRequest().isAsyncStarted()) {
                result = mvc.perform(asyncDispatch(result)).andReturn();
            }
            assertThat(result.getResponse().getContentAsString()).as(export).doesNotContain(marker);
        }
        assertThat(checked).isGreaterThan(25);
    }

    private static Element row(Document desk, String claimStart) {
        return desk.select("ul.desk-drafts > li").stream()
                .filter(li -> li.text().startsWith(claimStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no draft of " + claimStart + " on " + desk.text()));
    }
}
