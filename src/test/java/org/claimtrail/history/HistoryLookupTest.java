package org.claimtrail.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A history page is found for whatever exists now, recorded changes or not (records loaded in
 * bulk have none), and for what was deleted, by the address it had.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class HistoryLookupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsWithoutRecordedChangesStillHaveAHistoryPage() throws Exception {
        jdbc.update("insert into actor (slug, name, kind) values ('bulk-actor', 'Bulk Actor', 'PERSON')");
        jdbc.update("""
                insert into claim (story_id, slug, statement, status)
                values ((select min(id) from story), 'bulk-claim', 'A claim loaded in bulk', 'REPORTED')""");
        long source = jdbc.queryForObject("""
                insert into source (kind, title) values ('NEWS_REPORT', 'A source loaded in bulk') returning id""", Long.class);

        for (String path : new String[] {
            "/claims/bulk-claim/history", "/actors/bulk-actor/history", "/sources/" + source + "/history"
        }) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(Jsoup.parse(response.getContentAsString()).select("article.revision"))
                    .as(path)
                    .isEmpty();
        }
        assertThat(mvc.perform(get("/claims/no-such-claim/history"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aDeletedClaimsHistoryIsFoundByItsOldAddress() throws Exception {
        String slug = "musk-holds-a-security-clearance";
        EditorSession admin = EditorSession.admin(mvc, "history-admin");
        assertThat(admin.post("/claims/" + slug + "/delete").getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from claim where slug = ?", Integer.class, slug))
                .isZero();

        var response =
                mvc.perform(get("/claims/" + slug + "/history")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString()).select("article.revision"))
                .isNotEmpty();
    }
}
