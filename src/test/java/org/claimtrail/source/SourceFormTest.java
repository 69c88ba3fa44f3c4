package org.claimtrail.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.testapp.EditorSession.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.DatabaseFingerprint;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class SourceFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditorAddsASourceWithANewPublisherAndANormalisedAddress() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");

        MockHttpServletResponse response = anna.post(
                "/sources/new",
                "kind",
                "NEWS_REPORT",
                "title",
                "Reuters follow-up on Musk and Putin",
                "newPublisherName",
                "Reuters",
                "url",
                "HTTPS://WWW.Reuters.com:443/world/musk-putin?utm_source=x&id=7#top",
                "published",
                "2024-10-26",
                "author",
                "A. Reporter");

        Long id = jdbc.queryForObject(
                "select id from source where title = 'Reuters follow-up on Musk and Putin'", Long.class);
        assertThat(response.getRedirectedUrl()).isEqualTo("/sources/" + id);
        Map<String, Object> row = jdbc.queryForMap("""
                select s.url, s.published_earliest::text as earliest, a.name as publisher, a.kind
                from source s join actor a on a.id = s.publisher_id where s.id = ?""", id);
        assertThat(row)
                .containsEntry("url", "https://www.reuters.com/world/musk-putin?id=7")
                .containsEntry("earliest", "2024-10-26")
                .containsEntry("publisher", "Reuters")
                .containsEntry("kind", "NEWS_OUTLET");
        assertThat(anna.postForFlash("/sources/new", "kind", "OTHER", "title", "Another"))
                .isEqualTo("Source added.");
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            title        |                         | Give the source a title.
            kind         |                         | Choose what kind of source this is.
            url          | ftp://files.example/a   | Use an address that starts with http:// or https://.
            url          | javascript:alert(1)     | Use an address that starts with http:// or https://.
            url          | https://                | This is not a web address
            archiveUrl   | www.example.com/page    | Use an address that starts with http:// or https://.
            published    | 05/10/2024              | could be 5 October 2024 or 10 May 2024
            published    | 2024-13                 | month 13 does not exist
            retrievedOn  | 2999-01-01              | A source cannot have been retrieved in the future.
            retrievedOn  | yesterday               | Write the day as year-month-day, such as 2024-10-25.
            publisherId  | 999999                  | That publisher no longer exists
            """)
    void eachInvalidFieldGetsItsMessageKeepsTheInputAndChangesNothing(String field, String value, String message)
            throws Exception {
        Map<String, String> before = DatabaseFingerprint.of(jdbc);
        List<String> params = new ArrayList<>(List.of(
                "kind",
                "NEWS_REPORT",
                "title",
                "A valid title",
                "url",
                "https://example.org/valid-" + field,
                "version",
                ""));
        int existing = params.indexOf(field);
        if (existing >= 0) {
            params.remove(existing + 1);
            params.remove(existing);
        }
        params.add(field);
        params.add(value == null ? "" : value);

        MockHttpServletResponse response =
                EditorSession.editor(mvc, "anna").post("/sources/new", params.toArray(String[]::new));

        assertThat(response.getStatus()).isEqualTo(200);
        Document form = html(response);
        assertThat(form.select(".field-error").text()).contains(message);
        if (value != null && !field.equals("kind") && !field.equals("publisherId")) {
            assertThat(form.select("[name=" + field + "]").val())
                    .as("the editor's input is kept")
                    .isEqualTo(value);
        }
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aSecondSourceAtTheSameAddressIsRefusedWithALinkToTheFirst() throws Exception {
        long tass = jdbc.queryForObject(
                "select id from source where url = 'https://tass.com/politics/1862383'", Long.class);
        Map<String, String> before = DatabaseFingerprint.of(jdbc);

        MockHttpServletResponse response = EditorSession.editor(mvc, "anna")
                .post(
                        "/sources/new",
                        "kind",
                        "WIRE_REPORT",
                        "title",
                        "TASS again",
                        "url",
                        "https://TASS.com/politics/1862383?utm_medium=social#comments");

        Document form = html(response);
        assertThat(form.select(".field-error").text()).contains("A source with this address already exists.");
        assertThat(form.select("a[href=/sources/" + tass + "]").text()).contains("as reported by TASS");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            http://reuters.com/example-probe/?utm_source=x
            https://www.reuters.com/example-probe
            HTTPS://WWW.Reuters.com:443/example-probe//#top
            http://reuters.com/example-probe?fbclid=abc&gclid=def
            """)
    void aNearDuplicateOfAnExistingAddressIsRefusedWithALinkToIt(String pasted) throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        if (jdbc.queryForList("select id from source where url = 'https://www.reuters.com/example-probe/'")
                .isEmpty()) {
            anna.post(
                    "/sources/new",
                    "kind",
                    "WIRE_REPORT",
                    "title",
                    "Reuters probe",
                    "url",
                    "https://www.reuters.com/example-probe/");
        }
        long reuters = jdbc.queryForObject(
                "select id from source where url = 'https://www.reuters.com/example-probe/'", Long.class);
        Map<String, String> before = DatabaseFingerprint.of(jdbc);

        Document form = html(anna.post("/sources/new", "kind", "WIRE_REPORT", "title", "Reuters again", "url", pasted));

        assertThat(form.select(".field-error").text()).contains("A source with this address already exists.");
        assertThat(form.select("main a[href=/sources/" + reuters + "]")).isNotEmpty();
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void addressesThatDifferInTheDocumentTheyNameAreNotDuplicates() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        anna.post(
                "/sources/new", "kind", "NEWS_REPORT", "title", "Page one", "url", "https://example.net/story?page=1");

        assertThat(anna.post(
                                "/sources/new",
                                "kind",
                                "NEWS_REPORT",
                                "title",
                                "Page two",
                                "url",
                                "https://example.net/story?page=2")
                        .getRedirectedUrl())
                .startsWith("/sources/");
        assertThat(anna.post(
                                "/sources/new",
                                "kind",
                                "NEWS_REPORT",
                                "title",
                                "Other case",
                                "url",
                                "https://example.net/Story?page=1")
                        .getRedirectedUrl())
                .startsWith("/sources/");
    }

    @Test
    void addingASourceFromTheAttributionFormLeadsBackToItWithTheSourcePicked() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        String back = "/claims/starlink-still-unavailable-in-taiwan/attributions/new";
        assertThat(anna.page("/sources/new?returnTo=" + back)
                        .select("input[name=returnTo]")
                        .val())
                .isEqualTo(back);

        MockHttpServletResponse response = anna.post(
                "/sources/new",
                "kind",
                "NEWS_REPORT",
                "title",
                "Taipei Times report",
                "url",
                "https://www.taipeitimes.com/starlink",
                "returnTo",
                back);
        long id = jdbc.queryForObject("select id from source where title = 'Taipei Times report'", Long.class);

        assertThat(response.getRedirectedUrl()).isEqualTo(back + "?sourceId=" + id);
        assertThat(anna.page(back + "?sourceId=" + id)
                        .select("input[name=sourceId][checked]")
                        .val())
                .isEqualTo(String.valueOf(id));
    }

    @Test
    void aTitleMarkedAsOurDescriptionShowsInSquareBracketsAndTheHeadlineStaysPlain() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        anna.post(
                "/sources/new",
                "kind",
                "OTHER",
                "title",
                "Briefing notes handed to reporters",
                "titleIsDescription",
                "true");
        anna.post("/sources/new", "kind", "OTHER", "title", "Musk and Putin: the calls");
        long described = jdbc.queryForObject(
                "select id from source where title = 'Briefing notes handed to reporters'", Long.class);
        long headline =
                jdbc.queryForObject("select id from source where title = 'Musk and Putin: the calls'", Long.class);

        assertThat(anna.page("/sources/" + described).select("h1").text())
                .isEqualTo("[Briefing notes handed to reporters]");
        assertThat(anna.page("/sources/" + headline).select("h1").text()).isEqualTo("Musk and Putin: the calls");
        assertThat(anna.page("/sources/" + described + "/edit").select("input[name=titleIsDescription][checked]"))
                .hasSize(1);
    }

    @Test
    void aReturnAddressOnAnotherHostIsIgnored() throws Exception {
        MockHttpServletResponse response = EditorSession.editor(mvc, "anna")
                .post(
                        "/sources/new",
                        "kind",
                        "OTHER",
                        "title",
                        "Open redirect attempt",
                        "url",
                        "https://example.net/open-redirect",
                        "returnTo",
                        "//evil.example/x");

        assertThat(response.getRedirectedUrl()).startsWith("/sources/");
    }

    @Test
    void editingKeepsTheIdAndRecordsTheEditorInTheHistory() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        anna.post("/sources/new", "kind", "NEWS_REPORT", "title", "Draft title", "url", "https://example.com/draft");
        long id = jdbc.queryForObject("select id from source where url = 'https://example.com/draft'", Long.class);
        String version = anna.page("/sources/" + id + "/edit")
                .select("input[name=version]")
                .val();

        MockHttpServletResponse response = EditorSession.editor(mvc, "bruno")
                .post(
                        "/sources/" + id + "/edit",
                        "kind",
                        "NEWS_REPORT",
                        "title",
                        "Final title",
                        "url",
                        "https://example.com/draft",
                        "version",
                        version);

        assertThat(response.getRedirectedUrl()).isEqualTo("/sources/" + id);
        Document history = anna.page("/sources/" + id + "/history");
        assertThat(history.select("article.revision")
                        .first()
                        .select(".revision-user")
                        .text())
                .isEqualTo("bruno");
        assertThat(history.select("article.revision")
                        .first()
                        .select("tr:has(th:contains(Title))")
                        .text())
                .contains("Draft title", "Final title");
        assertThat(history.select("article.revision")
                        .last()
                        .select(".revision-user")
                        .text())
                .isEqualTo("anna");
    }
}
