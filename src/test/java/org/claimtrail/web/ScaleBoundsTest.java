package org.claimtrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.search.ClaimSearch;
import org.claimtrail.testapp.HandlerPaths;
import org.claimtrail.testapp.Plans;
import org.claimtrail.testapp.RecordedSql;
import org.claimtrail.testapp.SkewedData;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every page bounded, whatever the data: skewed as a newsroom's data grows (a story holding
 * 20,000 claims, a claim with 1,200 attributions and 600 links, an actor speaking 2,700 times and
 * the subject of 600 claims, a source carrying 2,700 attributions, 300 stories, a claim with 300
 * revisions), where the old pages rendered every row. Each page type renders at most its page of
 * rows and stays under 300 KB; deep pages and broad searches read a bounded number of rows, as
 * PostgreSQL's own EXPLAIN ANALYZE of the statements the pages sent says.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
@Import(RecordedSql.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleBoundsTest {

    static final int MAX_PAGE_BYTES = 300 * 1024;

    /** A form page: whatever the number of sources and actors on file, its pickers offer a few (form.Choices). */
    static final int MAX_FORM_BYTES = 100 * 1024;

    static final int SOURCES_ON_FILE = 20_000;
    static final int ACTORS_ON_FILE = 5_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    long source;

    @BeforeAll
    void pileEverythingOntoAFewStoriesClaimsAndActors() throws InterruptedException {
        SkewedData.load(jdbc, 20_000, 1200);
        source = SkewedData.busySource(jdbc);
        // The desk's files as a newsroom's grow: every form that picks a source, speaker or publisher
        // once listed them all.
        jdbc.update("""
                insert into actor (slug, name, kind)
                select 'bounds-actor-' || n, 'Bounds Actor ' || n || ' ' || repeat('named at length ', 3), 'PERSON'
                from generate_series(1, ?) n""", ACTORS_ON_FILE);
        jdbc.update("""
                insert into source (kind, title, url)
                select 'NEWS_REPORT', 'Bounds source ' || n || ' with a headline of the usual length for a report',
                       'https://bounds.example.org/report/' || n
                from generate_series(1, ?) n""", SOURCES_ON_FILE);
        // Statistics that know these rows, as autovacuum's analyze soon has them. Without them a
        // deep /sources page passed by luck: the planner's guess happened to favour the index.
        jdbc.execute("analyze source, actor");
        // The loaded claims' sourcing summaries are kept in the background (claim.SourcingSummaryKeeper);
        // the plans below are of pages as readers get them once that is done, not of a page
        // computing summaries the keeper has not reached yet.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (jdbc.queryForObject("select count(*) from claim_sourcing_stale", Long.class) > 0) {
            assertThat(System.nanoTime())
                    .as("sourcing summaries kept within 2 minutes")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void everyPageTypeShowsAtMostItsPageWhateverTheData() throws Exception {
        long hot = id("bounds-claim-1");
        String slug = "bounds-claim-1";
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("/", new String[] {"li.claim-row", "50"});
        pages.put("/stories/bounds-big", new String[] {"li.claim-row", "50"});
        pages.put("/stories", new String[] {"ul.stories li", "50"});
        pages.put("/claims", new String[] {"table.claims-table tbody tr", "50"});
        pages.put("/claims?q=minister%20sanctions", new String[] {"table.claims-table tbody tr", "50"});
        pages.put("/claims/" + slug, new String[] {"li.attribution", "60"});
        pages.put("/claims/" + slug + "/attributions?group=denies", new String[] {"li.attribution", "50"});
        pages.put("/claims/" + slug + "/links?direction=in", new String[] {"li.link-in", "50"});
        pages.put("/claims/" + slug + "/history", new String[] {"article.revision", "50"});
        pages.put("/actors", new String[] {"table tbody tr", "50"});
        pages.put("/actors/bounds-busy", new String[] {"li.attribution, li.claim-row", "60"});
        pages.put("/actors/bounds-busy/statements", new String[] {"li.attribution", "50"});
        pages.put("/actors/bounds-busy/reported", new String[] {"li.attribution", "50"});
        pages.put("/actors/bounds-busy/claims", new String[] {"li.claim-row", "50"});
        pages.put("/actors/bounds-outlet", new String[] {"section li", "40"});
        pages.put("/actors/bounds-outlet/sources", new String[] {"ul.sources li", "50"});
        pages.put("/sources", new String[] {"table tbody tr", "50"});
        pages.put("/sources/" + source, new String[] {"li.attribution", "50"});
        pages.put("/timeline", new String[] {"li.timeline-entry", "100"});
        pages.put("/timeline?story=bounds-big", new String[] {"li.timeline-entry", "100"});
        pages.put("/claims/" + slug + "/links/new", new String[] {"select[name=targetId] option", "51"});

        List<String> seen = new ArrayList<>();
        for (var page : pages.entrySet()) {
            MockHttpServletResponse response = mvc.perform(get(URI.create(page.getKey()))
                            .with(user("bounds-editor").roles("EDITOR")))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(page.getKey()).isEqualTo(200);
            byte[] body = response.getContentAsByteArray();
            Document html = Jsoup.parse(new String(body, StandardCharsets.UTF_8));
            int rows = html.select(page.getValue()[0]).size();
            assertThat(rows)
                    .as(page.getKey() + " rows")
                    .isGreaterThan(0)
                    .isLessThanOrEqualTo(Integer.parseInt(page.getValue()[1]));
            assertThat(body.length).as(page.getKey() + " bytes").isLessThan(MAX_PAGE_BYTES);
            seen.add(page.getKey() + " " + rows + " rows, " + body.length / 1024 + " KB");
        }
        assertThat(jdbc.queryForObject("select count(*) from attribution where claim_id = ?", Integer.class, hot))
                .as("the claim really has that many")
                .isEqualTo(1200);
        seen.forEach(line -> System.out.println("[bounds] " + line));
    }

    /**
     * Every GET mapping the application has (HandlerPaths), opened at the busiest claim, actor,
     * story and source of the skewed data, stays under the page bound: a page added tomorrow is
     * held to it without being listed above.
     */
    @Test
    void everyMappedPageStaysUnderTheBoundOnTheBusiestData() throws Exception {
        long attribution = jdbc.queryForObject(
                "select min(id) from attribution where claim_id = ?", Long.class, id("bounds-claim-1"));
        List<String> seen = new ArrayList<>();
        for (String pattern : HandlerPaths.mappings(mappings).stream()
                .filter(m -> m.method() == RequestMethod.GET)
                .map(HandlerPaths.Mapping::pattern)
                .distinct()
                .toList()) {
            String path = pattern.replace(
                            "{slug}",
                            pattern.startsWith("/actors") || pattern.startsWith("/api/actors")
                                    ? "bounds-busy"
                                    : pattern.contains("/stories") ? "bounds-big" : "bounds-claim-1")
                    .replace(
                            "{id}", pattern.contains("/sources") ? String.valueOf(source) : String.valueOf(attribution))
                    .replace("{linkId}", "1")
                    .replace("{section}", "statements")
                    .replace("{code}", "to-check");
            MvcResult result = mvc.perform(
                            get(URI.create(path)).with(user("bounds-admin").roles("ADMIN", "EDITOR")))
                    .andReturn();
            if (result.getRequest().isAsyncStarted()) {
                continue; // a streamed export: TimelineExportTest bounds what it holds
            }
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getStatus()).as(path).isLessThan(500);
            assertThat(response.getContentAsByteArray().length)
                    .as(path + " bytes")
                    .isLessThan(
                            pattern.endsWith("/new") || pattern.endsWith("/edit") ? MAX_FORM_BYTES : MAX_PAGE_BYTES);
            seen.add(path + " " + response.getStatus() + " " + response.getContentAsByteArray().length / 1024 + " KB");
        }
        System.out.println("[bounds] every mapped page: " + seen);
        assertThat(seen).hasSizeGreaterThan(30);
    }

    /**
     * With 20,000 sources and 5,000 actors on file, the forms that pick them offer a few of each, the
     * newest first, and typing part of a name finds the rest: the one match alone is chosen.
     */
    @Test
    void pickersOfferAFewChoicesAndFindTheRest() throws Exception {
        String form = "/claims/bounds-claim-1/attributions/new";
        Document page = Jsoup.parse(editorPage(form).getContentAsString());
        assertThat(page.select("input[type=radio][name=sourceId]")).hasSizeBetween(1, 8);
        assertThat(page.select("input[type=radio][name=sourceId]")
                        .first()
                        .nextElementSibling()
                        .text())
                .as("the newest source first")
                .startsWith("Bounds source " + SOURCES_ON_FILE + " ");
        assertThat(page.select("input[type=radio][name=speakerId]")).hasSizeBetween(2, 9);
        assertThat(page.select("input[type=radio][name=relaysId]"))
                .as("a few of the claim's %d origins, and none", 1200)
                .hasSize(9);
        assertThat(Jsoup.parse(editorPage("/sources/new").getContentAsString())
                        .select("input[type=radio][name=publisherId]"))
                .hasSizeBetween(2, 9);

        Document found = editorPost(
                form,
                "sourceFind",
                "report/12345",
                "speakerFind",
                "bounds actor 4999",
                "quote",
                "Typed before finding.");
        assertThat(found.select("label:has(input[name=sourceId][checked])").text())
                .startsWith("Bounds source 12345 ");
        assertThat(found.select("label:has(input[name=speakerId][checked])").text())
                .startsWith("Bounds Actor 4999 ");
        assertThat(found.select("textarea[name=quote]").val()).isEqualTo("Typed before finding.");
        assertThat(found.select(".field-error")).as("finding is not saving").isEmpty();
        assertThat(found.select("input[name=sourceFind]").val())
                .as("the next send saves")
                .isEmpty();

        Document many = editorPost(form, "sourceFind", "bounds source 1");
        assertThat(many.select("[role=status].picker-status").text())
                .isEqualTo("9 or more sources match “bounds source 1”: choose one below, or type more of it.");
        assertThat(many.select("input[type=radio][name=sourceId]")).hasSize(8);
        assertThat(many.select("input[name=sourceId][checked]")).isEmpty();

        // Names with "kre" inside a word sort before "The Kremlin"; a word that starts with what was
        // typed is the closer match, so three letters still offer the Kremlin among the few.
        jdbc.update("insert into actor (slug, name, kind) select 'bounds-akrevi-' || n, 'Akrevi ' || n, 'PERSON' "
                + "from generate_series(1, 12) n");
        Document kre = editorPost(form, "speakerFind", "kre");
        assertThat(kre.select("label:has(input[name=speakerId]:not([value='']))")
                        .first()
                        .text())
                .isEqualTo("The Kremlin");
    }

    /** The form sent by the bounds editor with these name/value pairs, as the page that comes back. */
    private Document editorPost(String path, String... params) throws Exception {
        var request = post(path).with(user("bounds-editor").roles("EDITOR")).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletResponse editorPage(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(URI.create(path)).with(user("bounds-editor").roles("EDITOR")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentAsByteArray().length).as(path + " bytes").isLessThan(MAX_FORM_BYTES);
        return response;
    }

    @Test
    void theApiAndTheFeedAreBoundedToo() throws Exception {
        assertThat(jsonArrayLength("/api/claims?size=200", "items")).isEqualTo(200);
        assertThat(jsonArrayLength("/api/timeline?size=1000", "items")).isEqualTo(1000);
        String detail = mvc.perform(get("/api/claims/bounds-claim-1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<Object>>read(detail, "$.attributions.denies.first"))
                .hasSize(20);
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(detail, "$.attributions.denies.total"))
                .isEqualTo(400);
        assertThat(com.jayway.jsonpath.JsonPath.<List<Object>>read(detail, "$.linksIn"))
                .hasSize(20);
        assertThat(detail.length()).isLessThan(MAX_PAGE_BYTES);
        String feed = mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser())
                        .select("entry")
                        .size())
                .isBetween(1, 50);
    }

    /**
     * Deep pages and broad searches read a bounded number of rows: the thousandth page of claims
     * by date reads about a page of index entries, and a search matching every one of 20,000 claims
     * ranks at most its capped candidate set.
     */
    @Test
    void deepPagesAndBroadSearchesRunABoundedPlan() throws Exception {
        String deepCursor = jdbc.queryForObject("""
                select to_char(coalesce(event_earliest, event_latest, '9999-12-31'::date), 'YYYY-MM-DD') || '~' || id
                from claim order by coalesce(event_earliest, event_latest, '9999-12-31'::date), id offset 19000 limit 1""", String.class);
        Map<String, Long> scanned = new LinkedHashMap<>();
        scanned.put("/claims?sort=date&after=" + deepCursor, mostRowsScanned("/claims?sort=date&after=" + deepCursor));
        scanned.put("/claims?sort=newest&after=100", mostRowsScanned("/claims?sort=newest&after=100"));
        scanned.put("/claims?q=minister%20sanctions", mostRowsScanned("/claims?q=minister%20sanctions"));
        scanned.put("/timeline?last=true", mostRowsScanned("/timeline?last=true"));
        scanned.put("/stories/bounds-big?last=true", mostRowsScanned("/stories/bounds-big?last=true"));
        scanned.forEach((page, rows) -> System.out.println("[bounds] " + page + ": besides its capped count, the "
                + "largest statement scanned " + rows + " rows"));
        // About a page of rows, or the search's capped candidates (read once by index, once more to
        // rank them); counting stops at 10,001 by design.
        assertThat(scanned.values())
                .allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(2L * (ClaimSearch.RANKED_CANDIDATES + 1)));
        assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class))
                .isGreaterThan(20_000);
    }

    /**
     * Every list entered at a position in the middle of its data, as a random link or a crawler
     * enters it, reads what its first page reads: the keyset starts the index scan at the cursor
     * instead of counting up to it. (Rows besides the capped count, as above.)
     */
    @Test
    void aPositionDeepInEveryListReadsWhatItsFirstPageReads() throws Exception {
        String byDate = jdbc.queryForObject("""
                select to_char(coalesce(event_earliest, event_latest, '9999-12-31'::date), 'YYYY-MM-DD') || '~' || id
                from claim order by coalesce(event_earliest, event_latest, '9999-12-31'::date), id offset 10000 limit 1""", String.class);
        long middleClaim = jdbc.queryForObject("select id from claim order by id offset 10000 limit 1", Long.class);
        long middleOfBigStory = jdbc.queryForObject("""
                select id from claim where story_id = (select id from story where slug = 'bounds-big')
                order by id offset (select count(*) / 2 from claim where story_id = (select id from story
                where slug = 'bounds-big')) limit 1""", Long.class);
        String timeline = jdbc.queryForObject("""
                select to_char(sort_date, 'YYYY-MM-DD') || '~' || to_char(sort_latest, 'YYYY-MM-DD') || '~' || kind
                       || '~' || claim_id || '~' || sort_attribution
                from timeline_entry order by sort_date, sort_latest, kind, claim_id, sort_attribution
                offset (select count(*) / 2 from timeline_entry) limit 1""", String.class);
        String sources = jdbc.queryForObject("""
                select to_char(coalesce(published_earliest, '0001-01-01'::date), 'YYYY-MM-DD') || '~' || id
                from source order by id offset 10000 limit 1""", String.class);
        String fresh = "r=" + System.nanoTime();
        Map<String, String> deepOf = new LinkedHashMap<>();
        deepOf.put("/claims?sort=date&" + fresh, "/claims?sort=date&after=" + byDate);
        deepOf.put("/claims?sort=newest&" + fresh, "/claims?sort=newest&after=" + middleClaim);
        deepOf.put("/stories/bounds-big?" + fresh, "/stories/bounds-big?after=" + middleOfBigStory);
        deepOf.put("/timeline?" + fresh, "/timeline?after=" + timeline);
        deepOf.put("/sources?" + fresh, "/sources?after=" + sources);
        deepOf.put("/api/claims?sort=newest&size=49", "/api/claims?sort=newest&size=49&after=" + middleClaim);
        for (Map.Entry<String, String> list : deepOf.entrySet()) {
            long first = mostRowsScanned(list.getKey());
            long deep = mostRowsScanned(list.getValue());
            System.out.println("[bounds] " + list.getValue() + ": the largest statement scanned " + deep
                    + " rows; on the first page, " + first);
            assertThat(first).as(list.getKey()).isPositive();
            assertThat(deep).as(list.getValue()).isLessThanOrEqualTo(2 * first + 20);
        }
    }

    /**
     * A broad search ranks only the newest matches and says so, instead of counting: no count
     * statement is sent, the page says "more than 1,000", and every claim shown is among the
     * 1,000 newest that match.
     */
    @Test
    void relevanceRanksTheNewestMatchesWithoutCountingThemAll() throws Exception {
        RecordedSql.clear();
        String body = mvc.perform(get(URI.create("/claims?q=minister%20sanctions")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(RecordedSql.sent()).noneMatch(sent -> sent.sql().contains(") counted"));
        Document html = Jsoup.parse(body);
        assertThat(html.select(".result-count").text())
                .startsWith("more than 1,000 claims match.")
                .contains("among the 1000 newest matches");
        long oldestRanked = jdbc.queryForObject("""
                select min(id) from (select id from claim
                 where search_vector @@ websearch_to_tsquery('english', 'minister sanctions')
                 order by id desc limit 1000) newest""", Long.class);
        List<Long> shown = html.select("table.claims-table tbody tr td > a[href^='/claims/']").stream()
                .map(a -> id(a.attr("href").substring("/claims/".length())))
                .toList();
        assertThat(shown).hasSize(50).allSatisfy(id -> assertThat(id).isGreaterThanOrEqualTo(oldestRanked));
    }

    /** Runs the page and EXPLAINs each statement it sent, except its count (capped at 10,001 by design). */
    private long mostRowsScanned(String path) throws Exception {
        RecordedSql.clear();
        assertThat(mvc.perform(get(URI.create(path))).andReturn().getResponse().getStatus())
                .as(path)
                .isEqualTo(200);
        long most = 0;
        for (RecordedSql.Sent sent : RecordedSql.sent()) {
            String statement = sent.sql().stripLeading().toLowerCase();
            if (!(statement.startsWith("select") || statement.startsWith("with"))
                    || sent.sql().contains("limit 10001) counted")) {
                continue;
            }
            JsonNode plan = Plans.explain(jdbc, sent);
            most = Math.max(most, Plans.rowsScanned(plan));
        }
        return most;
    }

    private int jsonArrayLength(String path, String field) throws Exception {
        String body = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(body.length()).as(path).isLessThan(4 * 1024 * 1024);
        return com.jayway.jsonpath.JsonPath.<List<Object>>read(body, "$." + field)
                .size();
    }

    private long id(String slug) {
        return jdbc.queryForObject("select id from claim where slug = ?", Long.class, slug);
    }
}
