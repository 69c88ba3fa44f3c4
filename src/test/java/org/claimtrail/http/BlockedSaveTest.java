package org.claimtrail.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A save that cannot get its lock (another transaction holds the table: maintenance, a stuck
 * session) is answered within the lock timeout with "not saved" and everything the editor typed,
 * ready to send again; nothing of it is stored.
 */
@SpringBootTest(properties = "claimtrail.lock-timeout=1s")
@AutoConfigureMockMvc
@IsolatedDatabase
class BlockedSaveTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void aSaveBlockedByALockIsNotSavedAndComesBackWithEverythingTyped() throws Exception {
        assertThat(jdbc.queryForObject("show lock_timeout", String.class))
                .as("every pooled connection's lock wait")
                .isEqualTo("1s");
        MockHttpServletResponse response;
        try (Connection maintenance = DriverManager.getConnection(url, username, password);
                Statement lock = maintenance.createStatement()) {
            maintenance.setAutoCommit(false);
            lock.execute("lock table actor in access exclusive mode");
            response = EditorSession.editor(mvc, "anna")
                    .post(
                            "/actors/new",
                            "name",
                            "Blocked by a lock",
                            "kind",
                            "ORGANISATION",
                            "description",
                            "Typed with care, line one.\nLine two.");
            maintenance.rollback();
        }

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isNotNull();
        Document page = EditorSession.html(response);
        assertThat(page.select("h1").text()).isEqualTo("Not saved");
        assertThat(page.select("#error-summary").text()).contains("Nothing you sent was saved");
        assertThat(page.select("main form").attr("action")).isEqualTo("/actors/new");
        assertThat(page.select("main form input[name=name]").val()).isEqualTo("Blocked by a lock");
        assertThat(page.select("main form input[name=kind]").val()).isEqualTo("ORGANISATION");
        assertThat(page.select("main form input[name=description]").val())
                .isEqualTo("Typed with care, line one.\nLine two.");
        assertThat(page.select("main form dd").eachText()).contains("Blocked by a lock");
        assertThat(jdbc.queryForObject("select count(*) from actor where name = 'Blocked by a lock'", Long.class))
                .isZero();
    }
}
