package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
 * A save that succeeds is one transaction (all of it or none, ids resolved inside it), and it reads
 * none of the lists the form offers (every source, every speaker, every story): those are for
 * showing the form, not for a post that redirects.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
@Import(RecordedSql.class)
class OneTransactionPerSaveTest {

    private static final String CLAIM = "starlink-still-unavailable-in-taiwan";
    /** A statement reading a whole table of choices: no where clause at all. */
    private static final Pattern WHOLE_LIST =
            Pattern.compile("(?s).*\\bfrom (source|actor|story)\\b(?!.*\\bwhere\\b).*");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everySuccessfulSaveOfAClaimOrAttributionIsOneTransactionWithoutTheFormsLists() throws Exception {
        EditorSession editor = EditorSession.editor(mvc, "anna");
        EditorSession admin = EditorSession.admin(mvc, "chief");
        String source = id("select min(id) from source");
        String speaker = id("select min(id) from actor");
        String story = id("select min(id) from story");

        assertOneTransaction(
                "add a claim",
                () -> editor.post(
                        "/claims/new",
                        "storyId",
                        story,
                        "statement",
                        "A claim saved in one transaction.",
                        "status",
                        "REPORTED"));
        String slug = "a-claim-saved-in-one-transaction";
        String version = id("select version from claim where slug = '" + slug + "'");
        assertOneTransaction(
                "edit a claim",
                () -> editor.post(
                        "/claims/" + slug + "/edit",
                        "storyId",
                        story,
                        "statement",
                        "A claim saved in one transaction, reworded.",
                        "status",
                        "REPORTED",
                        "version",
                        version));
        assertOneTransaction(
                "attribute it",
                () -> editor.post(
                        "/claims/" + slug + "/attributions/new",
                        "sourceId",
                        source,
                        "speakerId",
                        speaker,
                        "stance",
                        "ASSERTS",
                        "quote",
                        "One transaction."));
        String attribution = id(
                "select max(a.id) from attribution a join claim c on c.id = a.claim_id where c.slug = '" + slug + "'");
        String attributionVersion = id("select version from attribution where id = " + attribution);
        assertOneTransaction(
                "edit the attribution",
                () -> editor.post(
                        "/attributions/" + attribution + "/edit",
                        "sourceId",
                        source,
                        "speakerId",
                        speaker,
                        "stance",
                        "DENIES",
                        "quote",
                        "Still one.",
                        "version",
                        attributionVersion));
        String other = id("select id from claim where slug = '" + CLAIM + "'");
        assertOneTransaction(
                "link it",
                () -> editor.post("/claims/" + slug + "/links/new", "type", "CONTRADICTS", "targetId", other));
        assertOneTransaction(
                "withdraw the attribution",
                () -> editor.post("/attributions/" + attribution + "/withdraw", "reason", "A reason."));
        assertOneTransaction(
                "withdraw the claim", () -> editor.post("/claims/" + slug + "/withdraw", "reason", "A reason."));
        assertOneTransaction("delete the attribution", () -> admin.post("/attributions/" + attribution + "/delete"));
        assertOneTransaction("delete the claim", () -> admin.post("/claims/" + slug + "/delete"));
    }

    private void assertOneTransaction(String what, Post post) throws Exception {
        RecordedSql.clear();
        MockHttpServletResponse response = post.send();
        assertThat(response.getStatus())
                .as(what + ": " + response.getContentAsString())
                .isEqualTo(302);
        List<List<String>> transactions = RecordedSql.transactions().stream()
                .filter(statements -> statements.stream()
                        .anyMatch(sql -> !sql.toLowerCase(Locale.ROOT).contains("spring_session")))
                .toList();
        System.out.println("[saves] " + what + ": " + transactions.size() + " transaction(s), "
                + transactions.stream().mapToInt(List::size).sum() + " statements");
        assertThat(transactions)
                .as(what + ": transactions other than the session's")
                .hasSize(1);
        assertThat(RecordedSql.statements())
                .as(what + ": no list of choices read")
                .noneMatch(
                        sql -> WHOLE_LIST.matcher(sql.toLowerCase(Locale.ROOT)).matches());
    }

    private String id(String sql) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class));
    }

    @FunctionalInterface
    private interface Post {
        MockHttpServletResponse send() throws Exception;
    }
}
