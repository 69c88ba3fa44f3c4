package org.claimtrail.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrail.attribution.AttributionService;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An import that fails half-way leaves the record as it was: the eleventh attribution's save
 * fails, after ten attributions, five claims and their new sources and publisher were written in
 * the same transaction; none of them, nor a revision, remains.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class ImportAllOrNothingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoSpyBean
    AttributionService attributions;

    @Test
    void aFailureInTheMiddleOfAnImportLeavesNothingOfIt() throws Exception {
        jdbc.update("insert into story (slug, title) values ('half-way', 'Half way')");
        AtomicInteger saves = new AtomicInteger();
        doAnswer(invocation -> {
                    if (saves.incrementAndGet() == 11) {
                        throw new IllegalStateException("The database went away in the middle of the import");
                    }
                    return invocation.callRealMethod();
                })
                .when(attributions)
                .create(anyLong(), any());
        String[] tables = {"claim", "attribution", "source", "actor", "revision", "timeline_entry"};
        long[] before = counts(tables);
        String sheet = ImportFixtures.sheet(ImportFixtures.thirtyRows());

        assertThatThrownBy(() ->
                        EditorSession.editor(mvc, "anna").post("/stories/half-way/import/confirm", "sheet", sheet))
                .hasRootCauseMessage("The database went away in the middle of the import");

        assertThat(saves.get()).as("the failure came in the middle").isEqualTo(11);
        assertThat(counts(tables)).as(String.join(", ", tables)).containsExactly(before);
    }

    private long[] counts(String... tables) {
        long[] counts = new long[tables.length];
        for (int i = 0; i < tables.length; i++) {
            counts[i] = jdbc.queryForObject("select count(*) from " + tables[i], Long.class);
        }
        return counts;
    }
}
