package org.claimtrail.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A content version is never given to two states of the content: restoring an older backup brings
 * back an older number (and the content it stood for), and the next change moves past every
 * number handed out before, so a browser's old ETag cannot match changed content.
 */
@SpringBootTest
@AutoConfigureMockMvc
@IsolatedDatabase
class ContentVersionTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentVersion versions;

    @Test
    void aChangeAfterRestoringAnOlderBackupTakesANumberNeverGivenBefore() throws Exception {
        String handedOut = mvc.perform(get("/claims")).andReturn().getResponse().getHeader("ETag");
        long before = versions.current().number();
        assertThat(handedOut).isEqualTo("\"v" + before + "\"");

        // The backup: the version of one edit ago, as pg_restore brings it back.
        jdbc.update("update content_version set version = ?", before - 1);
        jdbc.update("update actor set description = 'Changed after the restore.' where slug = 'tass'");

        long after = versions.current().number();
        assertThat(after).isGreaterThan(before);
        String now = mvc.perform(get("/claims").header("If-None-Match", handedOut))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(now).isNotEqualTo(handedOut);
    }
}
