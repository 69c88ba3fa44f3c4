package org.claimtrail.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.testapp.EditorSession.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testapp.LocalPages;
import org.claimtrail.testdb.DatabaseFingerprint;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** "Fill in from the page": the pasted link's metadata pre-fills the form, saves nothing, and a known address is pointed out. */
@IsolatedDatabase
@SpringBootTest(properties = "claimtrail.source-fetch.allow-private-addresses=true")
@AutoConfigureMockMvc
class SourceFromLinkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private LocalPages pages;

    @BeforeEach
    void serve() {
        pages = LocalPages.start()
                .html("/politico", """
                        <html><head><meta property="og:title" content="A report"><meta property="og:site_name" content="POLITICO">
                        </head><body>…</body></html>""")
                .html("/wire", """
                        <html><head><meta property="og:title" content="A wire story"><meta property="og:site_name" content="Some Wire Name">
                        </head><body>…</body></html>""")
                .html("/article", """
                        <html><head><title>Denial</title><script>var menu = "Subscribe now";</script></head><body>
                        <nav>Home World Subscribe</nav><article><h1>Kremlin denies</h1>
                        <p>Dmitry Peskov told reporters: “There were no such contacts — none.”</p>
                        <p>He called the report a fake.</p></article><footer>© Example Wire</footer></body></html>""")
                .html("/probe", """
                <html><head><title>Ignored | Site</title>
                <meta property="og:title" content="Probe into Musk's contacts">
                <meta property="og:site_name" content="TASS">
                <meta property="article:published_time" content="2024-10-26T09:15:00+03:00">
                </head><body>…</body></html>""");
    }

    @AfterEach
    void stop() {
        pages.close();
    }

    /**
     * A source's saved copy, read from its page without the page's furniture, checks the quotes
     * attributed to it: editors see where a quote was found, readers that it was found and when the
     * page was retrieved, and a changed copy that no longer has the words says so.
     */
    @Test
    void aSavedCopyOfTheSourceChecksItsQuotes() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        jdbc.update(
                "insert into source (kind, title, url) values ('WIRE_REPORT', 'Kremlin denies', ?)",
                pages.url("/article"));
        long source = jdbc.queryForObject("select id from source where title = 'Kremlin denies'", Long.class);

        assertThat(anna.post("/sources/" + source + "/copy").getRedirectedUrl())
                .isEqualTo("/sources/" + source + "#copy");
        String copy = jdbc.queryForObject("select text from source_copy where source_id = ?", String.class, source);
        assertThat(copy)
                .contains("Dmitry Peskov told reporters: “There were no such contacts — none.”")
                .doesNotContain("Subscribe", "Example Wire");
        assertThat(anna.page("/sources/" + source).select("#copy").text()).contains("read from its page by anna");
        assertThat(Jsoup.parse(mvc.perform(get("/sources/" + source))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#copy"))
                .as("the copy is the desk's, not the readers'")
                .isEmpty();

        anna.post(
                "/claims/musk-holds-a-security-clearance/attributions/new",
                "sourceId",
                String.valueOf(source),
                "speakerDescription",
                "the Kremlin's spokesman",
                "stance",
                "DENIES",
                "quote",
                "there were no such contacts - none.",
                "wording",
                "OWN");
        long attribution = jdbc.queryForObject("select id from attribution where source_id = ?", Long.class, source);
        Document form = anna.page("/attributions/" + attribution + "/edit");
        assertThat(form.select(".quote-check.found").text())
                .endsWith(
                        ": found, in “Kremlin denies Dmitry Peskov told reporters: “There were no such contacts — none.””.");
        assertThat(form.select(".quote-check mark").text()).isEqualTo("There were no such contacts — none.");
        String reader = Jsoup.parse(mvc.perform(get("/attributions/" + attribution))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select(".quote-check")
                .text();
        assertThat(reader).matches("Quote checked against the page as retrieved on \\d{1,2} \\w+ \\d{4}: found\\.");

        anna.post("/sources/" + source + "/copy", "text", "A later version of the story, without the quote.");
        assertThat(Jsoup.parse(mvc.perform(get("/attributions/" + attribution))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select(".quote-check")
                        .text())
                .matches("Quote checked against the source’s text as pasted on \\d{1,2} \\w+ \\d{4}: not found\\.");
    }

    /**
     * "Fill in from the page" reads the page once: the text it read becomes the new source's copy
     * when the source is saved, timed when it was read. A source saved at another address gets none.
     */
    @Test
    void thePageReadToFillTheFormIsKeptAsTheNewSourcesCopy() throws Exception {
        List<jakarta.servlet.http.Cookie> session = new java.util.ArrayList<>();
        LocalPages gone = LocalPages.start().html("/gone", """
                <html><head><title>Denial</title></head><body><article>
                <p>Dmitry Peskov told reporters: “There were no such contacts — none.”</p>
                <p>Characters no page should hold: [\u0000\u0001\uFFFE\uFFFF].</p></article></body></html>""");
        String address = gone.url("/gone");
        postIn(session, "url", address, "fetch", "page");
        gone.close();
        String saved = postIn(
                        session,
                        "kind",
                        "WIRE_REPORT",
                        "title",
                        "Kremlin denies, as read",
                        "url",
                        address,
                        "published",
                        "24 October 2024")
                .getRedirectedUrl();
        long source = Long.parseLong(saved.substring("/sources/".length()));
        assertThat(jdbc.queryForObject("select text from source_copy where source_id = ?", String.class, source))
                .as("the text read before the page went away")
                .contains("Dmitry Peskov told reporters: “There were no such contacts — none.”")
                .as("without what HTML, XML and PostgreSQL cannot hold")
                .contains("Characters no page should hold: [].");
        assertThat(EditorSession.editor(mvc, "anna")
                        .page("/sources/" + source)
                        .select("#copy")
                        .text())
                .contains("read from its page by anna");

        postIn(session, "url", pages.url("/politico"), "fetch", "page");
        String other = postIn(
                        session,
                        "kind",
                        "WIRE_REPORT",
                        "title",
                        "Typed by hand at another address",
                        "url",
                        "https://example.org/another")
                .getRedirectedUrl();
        assertThat(jdbc.queryForObject(
                        "select count(*) from source_copy where source_id = ?",
                        Integer.class,
                        Long.parseLong(other.substring("/sources/".length()))))
                .as("the text read was of another page")
                .isZero();
    }

    /** A post to the new source form by anna, in one session throughout (its cookie, from the first answer). */
    private MockHttpServletResponse postIn(List<jakarta.servlet.http.Cookie> session, String... params)
            throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/sources/new")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                                "anna")
                        .roles("EDITOR"))
                .with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        if (!session.isEmpty()) {
            request.cookie(session.toArray(jakarta.servlet.http.Cookie[]::new));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (session.isEmpty()) {
            // Spring Session keeps the session in the database, named by its cookie.
            session.addAll(List.of(response.getCookies()));
        }
        return response;
    }

    /** The page's own spelling of its publisher is mapped to the desk's actor: by a name like it, or by the site. */
    @Test
    void thePagesPublisherIsTheActorTheDeskAlreadyHasForIt() throws Exception {
        EditorSession anna = EditorSession.editor(mvc, "anna");
        Document politico = html(anna.post("/sources/new", "url", pages.url("/politico"), "fetch", "page"));
        assertThat(politico.select("label:has(input[name=publisherId][checked])")
                        .text())
                .as("“POLITICO” is Politico Europe, not a new publisher")
                .isEqualTo("Politico Europe");
        assertThat(politico.select("input[name=newPublisherName]").val()).isEmpty();

        jdbc.update(
                "insert into source (kind, title, url, publisher_id) values ('NEWS_REPORT', 'Earlier from that wire', ?, "
                        + "(select id from actor where name = 'TASS'))",
                pages.url("/earlier"));
        Document wire = html(anna.post("/sources/new", "url", pages.url("/wire"), "fetch", "page"));
        assertThat(wire.select("label:has(input[name=publisherId][checked])").text())
                .as("the publisher of the desk's other sources from that site")
                .isEqualTo("TASS");
    }

    @Test
    void thePagesTitlePublisherAndDateFillTheFormForTheEditorToConfirm() throws Exception {
        Map<String, String> before = DatabaseFingerprint.of(jdbc);

        Document form = html(EditorSession.editor(mvc, "anna")
                .post("/sources/new", "url", pages.url("/probe?utm_source=x"), "fetch", "page"));

        assertThat(form.select(".fetch-form [role=status]").text())
                .isEqualTo("Filled in from the page: title, publisher, date. Check each before saving. "
                        + "Its text is kept with the source when you save, to check quotes against.");
        assertThat(form.select("#title").val()).isEqualTo("Probe into Musk's contacts");
        assertThat(form.select("#published").val()).isEqualTo("2024-10-26");
        assertThat(form.select("label:has(input[name=publisherId][checked])").text())
                .as("an actor of that name is picked")
                .isEqualTo("TASS");
        assertThat(form.select("#kind option[selected]").val()).isEqualTo("NEWS_REPORT");
        assertThat(form.select("form:not(.fetch-form) #url").val()).isEqualTo(pages.url("/probe"));
        assertThat(form.select(".field-error"))
                .as("an empty form being filled is not an error")
                .isEmpty();
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void anUnreadablePageSaysWhyAndKeepsTheLink() throws Exception {
        Document form = html(
                EditorSession.editor(mvc, "anna").post("/sources/new", "url", pages.url("/missing"), "fetch", "page"));

        assertThat(form.select("[role=alert]").text())
                .isEqualTo("Could not read the page: the site answered 404. " + "Fill in the details by hand.");
        assertThat(form.select("#fetch-url").val()).isEqualTo(pages.url("/missing"));
    }

    /**
     * What was pasted comes back as it was, even when it is no address; so the field is text, not an
     * input of type url, whose value must be a URL (the Nu checker's one error).
     */
    @Test
    void somethingThatIsNoAddressComesBackAsTypedInAPlainTextField() throws Exception {
        Document form =
                html(EditorSession.editor(mvc, "anna").post("/sources/new", "url", "not a url", "fetch", "page"));

        assertThat(form.select("#fetch-url").val()).isEqualTo("not a url");
        assertThat(form.select("input[type=url]")).isEmpty();
    }
}
