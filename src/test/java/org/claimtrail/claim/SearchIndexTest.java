package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The database keeps the search vector current as attributions and sources change; paging at size. */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class SearchIndexTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void quotesDescriptionsAndSourceTitlesBecomeSearchableAndWithdrawalsDropOut() throws Exception {
        long claim = jdbc.queryForObject(
                "select id from claim where slug = 'starlink-still-unavailable-in-taiwan'", Long.class);
        long source = jdbc.queryForObject("select id from source where url like 'https://tass.com/%'", Long.class);
        assertThat(slugs("/claims?q=zeppelin")).isEmpty();

        jdbc.update("""
                insert into attribution (claim_id, source_id, speaker_description, anonymous, stance, quote)
                values (?, ?, 'a zeppelin pilot', true, 'ASSERTS', 'Hypersonic dirigibles over Taipei')""", claim, source);
        assertThat(slugs("/claims?q=zeppelin")).containsExactly("starlink-still-unavailable-in-taiwan");
        assertThat(slugs("/claims?q=dirigibles")).containsExactly("starlink-still-unavailable-in-taiwan");

        jdbc.update(
                "update source set title = 'Kremlin spokesman Peskov, as quoted by a gazetteer' where id = ?", source);
        assertThat(slugs("/claims?q=gazetteer"))
                .contains("starlink-still-unavailable-in-taiwan", "kremlin-denies-regular-musk-putin-communication");

        jdbc.update(
                "update attribution set withdrawn_reason = 'made up', withdrawn_at = now() where quote like 'Hypersonic%'");
        assertThat(slugs("/claims?q=zeppelin")).isEmpty();
    }

    @Test
    void pagesOfFiftyWithNextAndPreviousThatKeepTheSearch() throws Exception {
        long story = jdbc.queryForObject("select id from story", Long.class);
        jdbc.update("""
                insert into claim (story_id, slug, statement, status)
                select ?, 'paging-' || n, 'Paging claim number ' || n || ' about balloons', 'REPORTED'
                from generate_series(1, 120) n""", story);

        Document first = page("/claims?q=balloons");
        Document second = page(first.select("a[rel=next]").attr("href"));
        Document third = page(second.select("a[rel=next]").attr("href"));
        Document last = page(first.select("a[rel=last]").attr("href"));

        assertThat(first.select(".result-count").text()).startsWith("120 claims match");
        assertThat(first.select("table.claims-table tbody tr")).hasSize(50);
        assertThat(first.select("a[rel=next]").attr("href")).startsWith("/claims?q=balloons&after=");
        assertThat(first.select("a[rel=prev], a[rel=first]")).isEmpty();
        assertThat(third.select("table.claims-table tbody tr")).hasSize(20);
        assertThat(third.select("a[rel=next]")).isEmpty();
        assertThat(last.select("table.claims-table tbody tr").eachText())
                .isEqualTo(third.select("table.claims-table tbody tr").eachText());
        Document backToSecond = page(third.select("a[rel=prev]").attr("href"));
        assertThat(backToSecond.select("table.claims-table tbody tr").eachText())
                .isEqualTo(second.select("table.claims-table tbody tr").eachText());
        assertThat(page(second.select("a[rel=first]").attr("href"))
                        .select("table.claims-table tbody tr")
                        .eachText())
                .isEqualTo(first.select("table.claims-table tbody tr").eachText());
    }

    private List<String> slugs(String path) throws Exception {
        return page(path).select("table.claims-table tbody tr td:first-child > a").eachAttr("href").stream()
                .map(href -> href.substring("/claims/".length()))
                .toList();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }
}
