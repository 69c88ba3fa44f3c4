package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.claimtrail.testapp.RecordedSql;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 100 quotes of 10,000 characters on one claim took /claims?q=musk from 16 to 147 ms: highlights
 * read every quote of every hit, whole. Now a highlight reads at most two matching quotes of a
 * claim and 2,000 characters of each, and the API, which shows no highlights, builds none.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
@Import(RecordedSql.class)
class HighlightBoundsTest {

    private static final String CLAIM = "musk-holds-a-security-clearance";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHighlightReadsABoundedPartOfABoundedNumberOfQuotes() throws Exception {
        // Each long quote names the word only near its end, past what a highlight reads.
        jdbc.update("""
                insert into attribution (claim_id, source_id, speaker_description, anonymous, stance, quote)
                select c.id, (select min(id) from source), 'a long-winded source', true, 'ASSERTS',
                       repeat('filler words about nothing in particular ', 225) || 'zanzibar ' || n
                from claim c, generate_series(1, 100) n where c.slug = ?""", CLAIM);
        assertThat(jdbc.queryForObject("select max(length(quote)) from attribution", Integer.class))
                .isGreaterThanOrEqualTo(9000);

        Document page = Jsoup.parse(
                mvc.perform(get("/claims?q=zanzibar")).andReturn().getResponse().getContentAsString());
        var row = page.select("table.claims-table tbody tr").stream()
                .filter(tr -> !tr.select("a[href=/claims/" + CLAIM + "]").isEmpty())
                .findFirst()
                .orElseThrow();
        String shownQuote = row.select(".match-quote > span").text();

        assertThat(shownQuote.length()).as("the quote excerpt shown").isLessThan(2 * 2000);
        assertThat(row.select(".match-quote mark"))
                .as("the match lies beyond what is read")
                .isEmpty();
        System.out.println("[search] a claim with 100 quotes of ~9,000 characters: its excerpt is "
                + shownQuote.length() + " characters, read from at most 2 quotes of 2,000");
    }

    @Test
    void theApiBuildsNoHighlightsItDoesNotReturn() throws Exception {
        RecordedSql.clear();
        mvc.perform(get("/api/claims?q=musk")).andReturn();
        assertThat(RecordedSql.statements()).isNotEmpty().noneMatch(sql -> sql.contains("ts_headline"));

        RecordedSql.clear();
        mvc.perform(get("/claims?q=musk")).andReturn();
        assertThat(RecordedSql.statements()).anyMatch(sql -> sql.contains("ts_headline"));
    }
}
