package org.claimtrail.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testapp.RecordedSql;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Cached for readers, fresh for editors: a visitor's page carries the content version as its ETag
 * and answers 304 while nothing changed; the same page again costs one small query; any edit is
 * visible on the very next request; editors always get a page rendered for them.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
@Import(RecordedSql.class)
class ReaderCacheTest {

    private static final String CLAIM = "/claims/musk-holds-a-security-clearance";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void visitorsGetAnEtagAnd304UntilSomethingChangesAndTheChangeOnTheNextRequest() throws Exception {
        MockHttpServletResponse first = mvc.perform(get(CLAIM)).andReturn().getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).matches("\"v\\d+\"");
        assertThat(first.getHeader("Last-Modified")).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).isEqualTo("public, no-cache");

        MockHttpServletResponse unchanged = mvc.perform(get(CLAIM).header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(unchanged.getStatus()).isEqualTo(304);
        assertThat(unchanged.getContentAsByteArray()).isEmpty();

        RecordedSql.clear();
        MockHttpServletResponse again = mvc.perform(get(CLAIM)).andReturn().getResponse();
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(RecordedSql.statements())
                .as("served from the cache: only the version is read")
                .hasSize(1);

        EditorSession.editor(mvc, "cache-editor").post(CLAIM + "/withdraw", "reason", "Entered by mistake");

        MockHttpServletResponse afterEdit = mvc.perform(get(CLAIM).header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(afterEdit.getStatus()).isEqualTo(200);
        assertThat(afterEdit.getHeader("ETag")).isNotEqualTo(etag);
        assertThat(afterEdit.getContentAsString()).contains("Entered by mistake");
    }

    /**
     * After a change, visitors asking for one page at the same moment get one render between them:
     * the first renders and the others wait for its page. The story table is locked while they
     * ask, so without that every one of them would be rendering it.
     */
    @Test
    void visitorsAskingForOnePageAtOnceGetOneRenderBetweenThem() throws Exception {
        String page = "/stories/musk-putin-contacts?asked-at-once";
        jdbc.update("update story set title = title where slug = 'musk-putin-contacts'");
        RecordedSql.clear();
        ExecutorService visitors = Executors.newFixedThreadPool(6);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("lock table story in access exclusive mode");
            for (int i = 0; i < 6; i++) {
                answers.add(
                        visitors.submit(() -> mvc.perform(get(page)).andReturn().getResponse()));
            }
            // Not a measurement: time for the six to ask while the render is held up.
            Thread.sleep(1000);
            locker.rollback();
        } finally {
            visitors.shutdown();
        }
        List<String> bodies = new ArrayList<>();
        for (Future<MockHttpServletResponse> answer : answers) {
            MockHttpServletResponse response = answer.get(30, TimeUnit.SECONDS);
            assertThat(response.getStatus()).isEqualTo(200);
            bodies.add(response.getContentAsString());
        }
        assertThat(bodies)
                .allSatisfy(body -> assertThat(body).isEqualTo(bodies.get(0)).contains("Musk"));
        assertThat(RecordedSql.statements().stream().filter(sql -> sql.contains("from story where slug = ?")))
                .as("the story was read for one render, not six")
                .hasSize(1);
    }

    @Test
    void aChangeMadeStraightInTheDatabaseMovesTheVersionToo() throws Exception {
        String before = mvc.perform(get("/sources")).andReturn().getResponse().getHeader("ETag");
        jdbc.update("update source set title = 'Retitled in the database' where id = (select min(id) from source)");
        MockHttpServletResponse after = mvc.perform(get("/sources").header("If-None-Match", before))
                .andReturn()
                .getResponse();
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getContentAsString()).contains("Retitled in the database");
    }

    @Test
    void editorsAlwaysGetAFreshPageWithTheirLinksAndNoValidators() throws Exception {
        String visitorsEtag = mvc.perform(get(CLAIM)).andReturn().getResponse().getHeader("ETag");

        MockHttpServletResponse editor = mvc.perform(get(CLAIM)
                        .header("If-None-Match", visitorsEtag)
                        .with(user("anna").roles("EDITOR")))
                .andReturn()
                .getResponse();

        assertThat(editor.getStatus()).isEqualTo(200);
        assertThat(editor.getHeader("ETag")).isNull();
        assertThat(editor.getContentAsString()).contains(CLAIM + "/edit");
        for (String notCached : List.of("/login", "/timeline.csv")) {
            assertThat(mvc.perform(get(notCached)).andReturn().getResponse().getHeader("ETag"))
                    .as(notCached)
                    .isNull();
        }
    }
}
