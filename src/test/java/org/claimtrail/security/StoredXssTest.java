package org.claimtrail.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVRecord;
import org.claimtrail.testapp.CsvRecords;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile text typed into every text field of every form, then looked at everywhere it shows:
 * the pages (anonymous and editor views, edit forms, history), search and filter echoes, the
 * CSV, the JSON API and the feed. Each payload carries a marker, so the test also proves the
 * text was shown, as text.
 */
@SpringBootTest
@AutoConfigureMockMvc
@IsolatedDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredXssTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert('xss01')</script>",
            "\"><img src=x onerror=alert('xss02')>",
            "'><svg onload=alert('xss03')>",
            "javascript:alert('xss04')",
            "</textarea><script>alert('xss05')</script>",
            "</title><script>alert('xss06')</script>",
            "<a href=\"javascript:alert('xss07')\">xss07</a>",
            "[[${7*7}]] [(${7*7})] ${T(java.lang.Runtime)} {{7*7}} xss08",
            "=HYPERLINK(\"http://evil.example\",\"xss09\")",
            "</script><script>alert('xss10')</script>",
            "<iframe src=//evil.example>xss11</iframe>",
            "\" onmouseover=\"alert('xss12')\" x=\"",
            "<style>body{display:none}</style>xss13",
            "xss14 <!-- \u2028\u2029 --> ]]> <![CDATA[ x ]]>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss15')>",
            "@import 'evil.css'; -xss16 +cmd|' /C calc'!A0");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private EditorSession admin;
    private final Set<String> pages = new LinkedHashSet<>();
    private final Set<String> editorPages = new LinkedHashSet<>();
    private final List<String> claimSlugs = new ArrayList<>();
    private int fieldsFilled;

    @BeforeAll
    void enterEveryPayloadThroughEveryTextField() throws Exception {
        admin = EditorSession.admin(mvc, "xss-admin");
        long storyId = jdbc.queryForObject("select min(id) from story", Long.class);
        long otherClaim = jdbc.queryForObject("select min(id) from claim", Long.class);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String p = PAYLOADS.get(i);
            String n = String.format("%02d", i + 1);

            String source = admin.post(
                            "/sources/new",
                            "kind",
                            "NEWS_REPORT",
                            "title",
                            p,
                            "author",
                            p,
                            "newPublisherName",
                            p + " publisher " + n,
                            "published",
                            "2024-10",
                            "publishedLabel",
                            p)
                    .getRedirectedUrl();
            fieldsFilled += 5;
            assertThat(source).as("source saved with payload " + n).matches("/sources/\\d+");
            String actor = admin.post(
                            "/actors/new",
                            "kind",
                            "PERSON",
                            "name",
                            p + " speaker " + n,
                            "description",
                            p,
                            "distinct",
                            "true")
                    .getRedirectedUrl();
            fieldsFilled += 2;
            assertThat(actor).as("actor saved with payload " + n).startsWith("/actors/");
            String claim = admin.post(
                            "/claims/new",
                            "storyId",
                            String.valueOf(storyId),
                            "statement",
                            p + " claim " + n,
                            "status",
                            "DISPUTED",
                            "statusReason",
                            p,
                            "event",
                            "2024",
                            "eventLabel",
                            p,
                            "topics",
                            p,
                            // The payloads are alike by design: each is a different claim.
                            "differentClaim",
                            "true")
                    .getRedirectedUrl();
            fieldsFilled += 5;
            assertThat(claim).as("claim saved with payload " + n).startsWith("/claims/");
            String sourceId = source.substring("/sources/".length());
            long actorId = jdbc.queryForObject(
                    "select id from actor where slug = ?", Long.class, actor.substring("/actors/".length()));
            assertThat(admin.post(
                                    claim + "/attributions/new",
                                    "sourceId",
                                    sourceId,
                                    "speakerId",
                                    String.valueOf(actorId),
                                    "stance",
                                    "DENIES",
                                    "basis",
                                    p,
                                    "quote",
                                    p,
                                    "stated",
                                    "2024-10-28",
                                    "statedLabel",
                                    p)
                            .getStatus())
                    .as("named attribution with payload " + n)
                    .isEqualTo(302);
            assertThat(admin.post(
                                    claim + "/attributions/new",
                                    "sourceId",
                                    sourceId,
                                    "anonymous",
                                    "true",
                                    "speakerDescription",
                                    p,
                                    "sourceCount",
                                    "2",
                                    "basis",
                                    "not stated",
                                    "stance",
                                    "ASSERTS",
                                    "quote",
                                    p)
                            .getStatus())
                    .as("anonymous attribution with payload " + n)
                    .isEqualTo(302);
            fieldsFilled += 6;
            assertThat(admin.post(
                                    claim + "/links/new",
                                    "type",
                                    "RESPONDS_TO",
                                    "targetId",
                                    String.valueOf(otherClaim),
                                    "note",
                                    p)
                            .getStatus())
                    .as("link with payload " + n)
                    .isEqualTo(302);
            fieldsFilled += 1;
            long attribution = jdbc.queryForObject("select max(id) from attribution", Long.class);
            assertThat(admin.post("/attributions/" + attribution + "/withdraw", "reason", p)
                            .getStatus())
                    .isEqualTo(302);
            fieldsFilled += 1;

            claimSlugs.add(claim.substring("/claims/".length()));
            pages.addAll(List.of(
                    source,
                    source + "/history",
                    actor,
                    actor + "/history",
                    claim,
                    claim + "/history",
                    "/api/claims/" + claim.substring("/claims/".length())));
            editorPages.addAll(List.of(
                    source + "/edit",
                    actor + "/edit",
                    claim + "/edit",
                    claim + "/withdraw",
                    claim + "/delete",
                    "/attributions/" + attribution + "/edit",
                    "/attributions/" + attribution + "/delete",
                    claim + "/links/new",
                    claim + "/attributions/new"));
            String q = URLEncoder.encode(p, StandardCharsets.UTF_8);
            pages.addAll(List.of(
                    "/claims?q=" + q,
                    "/claims?topic=" + q,
                    "/claims?actor=" + q,
                    "/timeline?actor=" + q,
                    "/timeline?topic=" + q,
                    "/timeline?story=" + q));
        }
        pages.addAll(List.of(
                "/",
                "/claims",
                "/claims?page=2",
                "/claims?status=DISPUTED",
                "/sources",
                "/sources?page=2",
                "/actors",
                "/actors?page=2",
                "/timeline",
                "/timeline?page=2"));
        editorPages.add("/history/recent");
        System.out.printf(
                "[xss] %d payloads entered through %d text fields (%d values saved)%n",
                PAYLOADS.size(), fieldsFilled / PAYLOADS.size(), fieldsFilled);
    }

    @Test
    void everyPageThatShowsTheTextShowsItAsText() throws Exception {
        Set<String> markersSeen = new LinkedHashSet<>();
        int checked = 0;
        for (String path : pages) {
            checked += checkPage(path, mvc.perform(get(path)).andReturn().getResponse(), markersSeen);
            checked += checkPage(
                    path + " (editor)",
                    mvc.perform(get(path).with(user("xss-admin").roles("ADMIN", "EDITOR")))
                            .andReturn()
                            .getResponse(),
                    markersSeen);
        }
        for (String path : editorPages) {
            checked += checkPage(
                    path,
                    mvc.perform(get(path).with(user("xss-admin").roles("ADMIN", "EDITOR")))
                            .andReturn()
                            .getResponse(),
                    markersSeen);
        }
        System.out.printf(
                "[xss] %d HTML pages checked, no script, handler, javascript: address or foreign element; "
                        + "markers shown as text: %d of %d%n",
                checked, markersSeen.size(), PAYLOADS.size());
        assertThat(markersSeen).hasSize(PAYLOADS.size());
    }

    @Test
    void templateSyntaxInStoredTextIsNeverEvaluated() throws Exception {
        String page = mvc.perform(get("/claims/" + claimSlugs.get(7)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).text())
                .contains("[[${7*7}]] [(${7*7})] ${T(java.lang.Runtime)} {{7*7}} xss08")
                .doesNotContain(" 49 ");
    }

    @Test
    void formInputIsRedisplayedInertWhenAFormIsRejected() throws Exception {
        int checked = 0;
        for (String p : PAYLOADS) {
            // Each is refused (bad address, bad date, missing kind) and shown back with the typed values.
            checked += checkRejected(admin.post("/sources/new", "title", p, "url", p, "archiveUrl", p, "published", p));
            checked += checkRejected(admin.post("/claims/new", "statement", p, "event", p, "status", "DISPUTED"));
            checked += checkRejected(admin.post("/actors/new", "name", p, "description", p));
            checked += checkRejected(admin.post(
                    "/claims/" + claimSlugs.get(0) + "/attributions/new",
                    "quote",
                    p,
                    "stated",
                    p,
                    "basis",
                    p,
                    "speakerDescription",
                    p));
            checked +=
                    checkRejected(admin.post("/admin/accounts", "username", p, "password", "short", "role", "EDITOR"));
        }
        System.out.println("[xss] " + checked + " rejected forms re-displayed the typed payload inertly");
    }

    @Test
    void theCsvKeepsTheTextAndDisarmsFormulas() throws Exception {
        List<CSVRecord> rows = csv("claimtrail");
        List<String> cells = rows.stream().flatMap(r -> r.toList().stream()).toList();
        for (String p : PAYLOADS) {
            String shown = p.startsWith("=") || p.startsWith("@") ? "'" + p : p;
            assertThat(cells).as("CSV holds " + p).anyMatch(c -> c.contains(shown));
        }
        assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        System.out.println("[xss] CSV: " + rows.size() + " rows, every payload kept as typed, no cell starts "
                + "with = + - @ tab or CR");
    }

    /** TimelineJS reads Headline and Text as HTML, so there the text arrives escaped. */
    @Test
    void theTimelineJsCsvCarriesTheTextEscapedIntoItsHtmlColumns() throws Exception {
        List<CSVRecord> rows = csv("timelinejs");
        List<String> htmlCells = rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.get("Headline"), r.get("Text")))
                .toList();
        for (String p : PAYLOADS) {
            // Only what HTML needs is escaped: TimelineJS shows quotation marks and apostrophes as typed.
            String escaped = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            assertThat(htmlCells).as("TimelineJS CSV holds " + p + " escaped").anyMatch(c -> c.contains(escaped));
        }
        for (String cell : htmlCells) {
            assertThat(InertMarkup.problems(cell)).as(cell).isEmpty();
        }
        // Group and Display Date: TimelineJS takes the cell's text as HTML, then sets that text as HTML.
        for (CSVRecord row : rows) {
            for (String column : List.of("Group", "Display Date")) {
                String label = org.jsoup.Jsoup.parse(row.get(column)).text();
                assertThat(InertMarkup.problems(label))
                        .as(column + ": " + row.get(column))
                        .isEmpty();
            }
        }
        System.out.println("[xss] TimelineJS CSV: " + htmlCells.size() + " Headline/Text cells, every payload escaped, "
                + "all inert as HTML");
    }

    private List<CSVRecord> csv(String layout) throws Exception {
        var started = mvc.perform(get("/timeline.csv?layout=" + layout)).andReturn();
        MockHttpServletResponse response =
                mvc.perform(asyncDispatch(started)).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        String csv = response.getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CsvRecords.of(csv);
    }

    @Test
    void theJsonApiReturnsTheExactTextAsJsonStrings() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            MockHttpServletResponse response = mvc.perform(get("/api/claims/" + claimSlugs.get(i)))
                    .andReturn()
                    .getResponse();
            assertThat(response.getContentType()).startsWith("application/json");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            JsonNode claim = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(claim.get("statement").asString())
                    .isEqualTo(PAYLOADS.get(i) + " claim " + String.format("%02d", i + 1));
            assertThat(claim.get("statusReason").asString()).isEqualTo(PAYLOADS.get(i));
        }
        System.out.println("[xss] JSON API: " + PAYLOADS.size() + " claims returned their payloads byte for byte");
    }

    @Test
    void theFeedIsWellFormedXmlWithThePayloadsAsText() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/feed.atom")).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        byte[] body = response.getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
            String type = ((org.w3c.dom.Element) titles.item(i)).getAttribute("type");
            assertThat(type).as("titles are plain text, never html").isIn("", "text");
        }
        NodeList summaries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary");
        for (int i = 0; i < summaries.getLength(); i++) {
            assertThat(((org.w3c.dom.Element) summaries.item(i)).getAttribute("type"))
                    .isIn("", "text");
        }
        long withPayload = PAYLOADS.stream()
                .filter(p -> texts.stream().anyMatch(t -> t.contains(p)))
                .count();
        System.out.println("[xss] feed: well-formed, " + titles.getLength() + " plain-text titles, " + withPayload
                + " payloads present as text");
        assertThat(withPayload).isPositive();
    }

    private int checkPage(String path, MockHttpServletResponse response, Set<String> markersSeen) throws Exception {
        if (response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
            return 0;
        }
        assertThat(response.getStatus()).as(path).isLessThan(500);
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(InertMarkup.problems(html)).as(path).isEmpty();
        String text = Jsoup.parse(html).text() + " "
                + Jsoup.parse(html).select("input, textarea").eachAttr("value")
                + Jsoup.parse(html).select("textarea").eachText();
        for (int i = 1; i <= PAYLOADS.size(); i++) {
            String marker = String.format("xss%02d", i);
            if (text.contains(marker)) {
                markersSeen.add(marker);
            }
        }
        return 1;
    }

    private int checkRejected(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as("a rejected form is shown again").isEqualTo(200);
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(InertMarkup.problems(html)).isEmpty();
        assertThat(Jsoup.parse(html).select(".field-error, .form-errors, [aria-invalid=true]"))
                .isNotEmpty();
        return 1;
    }
}
