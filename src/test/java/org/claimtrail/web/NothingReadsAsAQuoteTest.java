package org.claimtrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.claimtrail.testapp.CsvRecords;
import org.claimtrail.testapp.HandlerPaths;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Nothing a reader sees is in quotation marks, or set as a quotation, unless it is what a source
 * quotes word for word (issue 26). The review found every actor and source page printing the desk's
 * own statement of a claim in quotation marks after a speaker ("The Pentagon … declines to comment
 * “Musk holds a security clearance …”"): a reader sees the Pentagon confirming it. Rendered here:
 * every page of every seed claim, actor, source, story and attribution, every other public page
 * the handler mappings have, and the TimelineJS export. Text inside quotation marks must be part of
 * an attribution's quote; a blockquote must be a speaker's own words.
 */
@IsolatedDatabase // reads the seed as a first install has it, whatever other tests write
@SpringBootTest
@AutoConfigureMockMvc
class NothingReadsAsAQuoteTest {

    private static final Pattern QUOTED = Pattern.compile("“([^“”]{1,3000})”|\"([^\"]{1,3000})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private List<String> quotes;
    private List<String> ownWords;

    @BeforeEach
    void readTheQuotes() {
        quotes = jdbc.queryForList("select quote from attribution where quote is not null", String.class).stream()
                .map(NothingReadsAsAQuoteTest::plain)
                .toList();
        ownWords = jdbc
                .queryForList("select quote from attribution where quote is not null and wording = 'OWN'", String.class)
                .stream()
                .map(NothingReadsAsAQuoteTest::plain)
                .toList();
    }

    @Test
    void everyPageQuotesOnlyWhatASourceQuotes() throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String path : pages()) {
            MvcResult result = fetch(path);
            String type = result.getResponse().getContentType();
            if (result.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            pages++;
            problems.addAll(problems(path, Jsoup.parse(result.getResponse().getContentAsString())));
        }
        assertThat(pages).as("pages read").isGreaterThan(60);
        assertThat(problems).isEmpty();
    }

    @Test
    void theTimelineJsExportQuotesOnlyASpeakersOwnWords() throws Exception {
        String body = fetch("/timeline.csv?story=musk-putin-contacts&layout=timelinejs")
                .getResponse()
                .getContentAsString();
        List<CSVRecord> rows = CsvRecords.of(body);
        List<String> problems = new ArrayList<>();
        int media = 0;
        for (CSVRecord row : rows) {
            if (!row.get("Media").isEmpty()) {
                media++;
                Document cell = Jsoup.parseBodyFragment(row.get("Media"));
                if (!isOwnWords(cell.text())) {
                    problems.add("Media is not a speaker's own words: " + cell.text());
                }
            }
            for (String column : List.of("Headline", "Text", "Group", "Display Date", "Media Caption")) {
                String text = Jsoup.parseBodyFragment(row.get(column)).text();
                assertThat(row.get(column)).as(column).doesNotContain("&#39;", "&quot;");
                problems.addAll(quotedOutsideTheSources(column, text));
            }
        }
        assertThat(media).as("Musk's post is his own words, and a quotation").isPositive();
        assertThat(rows.stream().map(r -> r.get("Text")))
                .as("the report's narration is in the text, as its wording")
                .anySatisfy(text -> assertThat(text).contains("In the source’s wording, not the speaker’s own:"));
        assertThat(problems).isEmpty();
    }

    private List<String> problems(String path, Document page) {
        page.select("pre, code, script, style, textarea, input, select, form").remove();
        List<String> problems = new ArrayList<>();
        for (Element quotation : page.select("blockquote, q")) {
            String text = quotation.text().replaceAll("…\\s*read the whole quote$", "");
            if (!isOwnWords(text)) {
                problems.add(path + ": set as a quotation, not a speaker's own words: " + text);
            }
        }
        for (Element block : page.select("main p, main li, main td, main dd, main dt, main h1, main h2, main h3,"
                + " main small, main div.source-wording, main figcaption, main summary")) {
            problems.addAll(quotedOutsideTheSources(path, block.text()));
        }
        return problems;
    }

    private List<String> quotedOutsideTheSources(String where, String text) {
        List<String> problems = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String inside = plain(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
            if (!inside.isEmpty() && quotes.stream().noneMatch(q -> q.contains(inside))) {
                problems.add(where + ": in quotation marks, in no source's words: " + quoted.group());
            }
        }
        return problems;
    }

    private boolean isOwnWords(String text) {
        String inside = plain(text);
        return !inside.isEmpty() && ownWords.stream().anyMatch(q -> q.contains(inside));
    }

    /** Compared as words: spacing, apostrophes, ellipses and the edges' punctuation aside. */
    private static String plain(String text) {
        return text.replace('’', '\'')
                .replace('‘', '\'')
                .replace("…", " ")
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s.,;:]+|[\\s.,;:]+$", "")
                .strip();
    }

    /** Every seed item's pages, and every public GET page the application maps. */
    private Set<String> pages() {
        Set<String> paths = new LinkedHashSet<>(List.of(
                "/", "/claims", "/claims?sort=newest", "/timeline", "/stories", "/actors", "/sources", "/corrections"));
        for (String slug : jdbc.queryForList("select slug from claim", String.class)) {
            paths.addAll(List.of(
                    "/claims/" + slug,
                    "/claims/" + slug + "/history",
                    "/claims/" + slug + "/attributions?group=ASSERTS"));
        }
        for (String slug : jdbc.queryForList("select slug from actor", String.class)) {
            paths.addAll(
                    List.of("/actors/" + slug, "/actors/" + slug + "/statements", "/actors/" + slug + "/reported"));
        }
        for (Long id : jdbc.queryForList("select id from source", Long.class)) {
            paths.add("/sources/" + id);
        }
        for (Long id : jdbc.queryForList("select id from attribution", Long.class)) {
            paths.add("/attributions/" + id);
        }
        for (String slug : jdbc.queryForList("select slug from story", String.class)) {
            paths.add("/stories/" + slug);
        }
        for (HandlerPaths.Mapping mapping : HandlerPaths.mappings(mappings)) {
            if (mapping.access() == HandlerPaths.Access.PUBLIC
                    && mapping.method() == RequestMethod.GET
                    && !mapping.samplePath().startsWith("/api/")) {
                paths.add(mapping.samplePath());
            }
        }
        return paths;
    }

    private MvcResult fetch(String path) throws Exception {
        MvcResult result = mvc.perform(get(java.net.URI.create(path))).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        return result;
    }
}
