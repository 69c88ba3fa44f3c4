package org.claimtrail.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.List;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One claim statement holding U+FFFF made /feed.atom answer 500 for everyone until 50 newer
 * changes pushed it out, and editing the text did not help: the history kept the old value.
 * Feed readers tell entries apart by their atom:id: every entry has its own, although one revision
 * changes many things of one claim (the seed's corrections, in one revision, change several
 * attributions of a claim); and a correction's entry says what it corrected, never the claim's
 * present wording, which would change an old entry under the same id and date. (A database of its
 * own: other tests' changes would push the seed's corrections out of the feed's 50 entries.)
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class FeedCharactersTest {

    private static final String CLAIM = "/claims/musk-holds-a-security-clearance";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void charactersXmlCannotHoldAreNeverStoredFromAForm() throws Exception {
        EditorSession editor = EditorSession.editor(mvc, "feed-editor");
        var form = editor.page(CLAIM + "/edit").selectFirst("main form[method=post]");
        MockHttpServletResponse saved = editor.post(
                CLAIM + "/edit",
                "statement",
                "Musk\uFFFF holds\uFFFE a security\uFDD0 clearance\u0001",
                "status",
                "REPORTED",
                "storyId",
                form.selectFirst("input[name=storyId][checked]").val(),
                "version",
                form.selectFirst("input[name=version]").val());
        assertThat(saved.getStatus()).isEqualTo(302);

        assertThat(jdbc.queryForObject(
                        "select statement from claim where slug = 'musk-holds-a-security-clearance'", String.class))
                .isEqualTo("Musk holds a security clearance");
        assertFeedParses();
    }

    @Test
    void theFeedStandsUpToWhatWasStoredBeforeTheRule() throws Exception {
        // As an old save left it: in the claim and in its history, where editing cannot reach.
        jdbc.update("update claim set statement = statement || chr(65535) || chr(65534) || chr(64976)");
        jdbc.update("update claim_aud set statement = statement || chr(65535) || chr(65534) || chr(64976)");
        jdbc.update("update attribution_aud set quote = coalesce(quote, '') || chr(65535)");

        SyndFeed feed = assertFeedParses();
        assertThat(feed.getEntries()).isNotEmpty();
        assertThat(feed.getEntries())
                .allSatisfy(entry -> assertThat(entry.getTitle()).doesNotContain("\uFFFF"));
        assertThat(mvc.perform(get(CLAIM + "/history"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        System.out.println("[xml] U+FFFF, U+FFFE and U+FDD0 in stored statements and history: the feed is well-formed");
    }

    @Test
    void everyEntryHasAnIdOfItsOwnAndACorrectionsTitleIsItsSubject() throws Exception {
        // A first install lists no correction of the seed (V30): one made now is in the feed.
        jdbc.update("insert into correction (claim_id, subject, reason) values ((select min(id) from claim),"
                + " 'Claim statement', 'The statement said more than its source.')");
        Document feed = Jsoup.parse(
                mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString(), "", Parser.xmlParser());
        List<String> ids = feed.select("entry > id").eachText();

        assertThat(ids).hasSizeGreaterThan(20).doesNotHaveDuplicates();
        assertThat(feed.select("entry").stream()
                        .filter(entry -> entry.selectFirst("id").text().startsWith("urn:claimtrail:correction:"))
                        .map(entry -> entry.selectFirst("title").text())
                        .toList())
                .isNotEmpty()
                .allSatisfy(
                        title -> assertThat(title).startsWith("Correction: ").doesNotContain(" — "));
    }

    private SyndFeed assertFeedParses() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/feed.atom")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(response.getContentAsString()));
    }
}
