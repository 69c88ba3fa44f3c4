package org.claimtrail.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reader's query that runs past its time limit is cancelled and answered 503 with Retry-After,
 * not left hanging: held here by a lock another transaction keeps on the claims table.
 */
@IsolatedDatabase
@SpringBootTest(properties = "claimtrail.read-timeout-seconds=1")
@AutoConfigureMockMvc
class ReaderTimeoutTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aQueryOverTheTimeLimitAnswers503() throws Exception {
        try (Connection blocker = dataSource.getConnection();
                Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("lock table claim in access exclusive mode");
            long started = System.nanoTime();
            MockHttpServletResponse page =
                    mvc.perform(get("/claims?sort=newest")).andReturn().getResponse();
            MockHttpServletResponse api =
                    mvc.perform(get("/api/claims")).andReturn().getResponse();
            long waited = (System.nanoTime() - started) / 1_000_000;
            blocker.rollback();

            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getHeader("Retry-After")).isEqualTo("5");
            assertThat(page.getContentAsString()).contains("taking too long");
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getContentType()).isEqualTo("application/problem+json");
            assertThat(api.getContentAsString()).contains("/developers#unavailable\"");
            System.out.println("[overload] two readers held up by a lock: both answered 503 after " + waited
                    + " ms in all (limit 1 s each)");
        }
        assertThat(mvc.perform(get("/claims?sort=newest"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
