package org.claimtrail.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimtrail.testapp.EditorSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The timeline table is kept by the database's triggers; it must always hold exactly what the
 * timeline means: every claimed event and every dated statement of claims and attributions that
 * are not withdrawn, dated as the statement or else its source. Checked against that definition,
 * written as a plain query, after each kind of change, through the forms and straight in SQL.
 */
@IsolatedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class TimelineTableTest {

    /** The timeline by its definition: the query the table replaces. */
    private static final String DEFINITION = """
            select 0 as kind, c.id as claim_id, null::bigint as attribution_id, c.story_id, c.status, c.topics,
                   c.event_edtf as edtf, c.event_earliest as earliest, c.event_latest as latest, c.event_label as label,
                   null::bigint as speaker_id
            from claim c where c.withdrawn_at is null and c.event_edtf is not null
            union all
            select 1, c.id, a.id, c.story_id, c.status, c.topics,
                   coalesce(a.stated_edtf, s.published_edtf),
                   case when a.stated_edtf is not null then a.stated_earliest else s.published_earliest end,
                   case when a.stated_edtf is not null then a.stated_latest else s.published_latest end,
                   case when a.stated_edtf is not null then a.stated_label else s.published_label end,
                   a.speaker_id
            from attribution a join claim c on c.id = a.claim_id join source s on s.id = a.source_id
            where a.withdrawn_at is null and c.withdrawn_at is null and coalesce(a.stated_edtf, s.published_edtf) is not null
            """;

    private static final String TABLE = """
            select kind, claim_id, attribution_id, story_id, status, topics, edtf, earliest, latest, label, speaker_id
            from timeline_entry""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTableHoldsExactlyTheTimelineAfterEveryKindOfChange() throws Exception {
        List<String> checked = new ArrayList<>();
        check("the seed", checked);
        EditorSession editor = EditorSession.editor(mvc, "timeline-editor");
        String story = jdbc.queryForObject("select min(id) from story", String.class);

        editor.post(
                "/claims/new",
                "statement",
                "A dated claim for the timeline",
                "status",
                "REPORTED",
                "storyId",
                story,
                "event",
                "2019-05",
                "eventLabel",
                "May 2019");
        check("a claim created through the form", checked);
        String slug = jdbc.queryForObject(
                "select slug from claim where statement = 'A dated claim for the timeline'", String.class);
        long claim = jdbc.queryForObject("select id from claim where slug = ?", Long.class, slug);
        String version = jdbc.queryForObject("select version from claim where id = ?", String.class, claim);
        editor.post(
                "/claims/" + slug + "/edit",
                "statement",
                "A dated claim, disputed now",
                "status",
                "DISPUTED",
                "statusReason",
                "Denied since",
                "storyId",
                story,
                "event",
                "2019-06",
                "topics",
                "timeline-test",
                "version",
                version);
        check("its status, date and topics edited through the form", checked);

        long source = jdbc.queryForObject("select min(id) from source", Long.class);
        editor.post(
                "/claims/" + slug + "/attributions/new",
                "sourceId",
                String.valueOf(source),
                "speakerDescription",
                "a spokesperson",
                "stance",
                "DENIES",
                "stated",
                "2019-07-01");
        jdbc.update(
                "insert into attribution (claim_id, source_id, speaker_description, stance) values (?, ?, 'undated', 'ASSERTS')",
                claim,
                source);
        check("a dated and an undated statement added", checked);

        jdbc.update(
                "update source set published_edtf = '2020', published_earliest = '2020-01-01', "
                        + "published_latest = '2020-12-31' where id = ?",
                source);
        check("the source's date changed", checked);

        jdbc.update(
                "update attribution set withdrawn_reason = 'wrong', withdrawn_at = now() where speaker_description = 'undated'");
        check("a statement withdrawn", checked);

        jdbc.update(
                "update claim set story_id = (select max(id) from story), status = 'CONFIRMED' where id = ?", claim);
        check("the claim moved and confirmed in SQL", checked);

        editor.post("/claims/" + slug + "/withdraw", "reason", "Duplicate");
        check("the claim withdrawn through the form", checked);

        jdbc.update("update claim set withdrawn_reason = null, withdrawn_at = null where id = ?", claim);
        check("the claim restored", checked);

        jdbc.update("delete from attribution where claim_id = ? and speaker_description = 'a spokesperson'", claim);
        check("a statement deleted", checked);

        EditorSession.admin(mvc, "timeline-admin").post("/claims/" + slug + "/delete");
        check("the claim deleted", checked);
        System.out.println(
                "[timeline] the table matched the timeline's definition after: " + String.join("; ", checked));
    }

    private void check(String after, List<String> checked) {
        List<Map<String, Object>> expected = jdbc.queryForList("select * from (" + DEFINITION + ") d order by 1, 2, 3");
        List<Map<String, Object>> actual = jdbc.queryForList("select * from (" + TABLE + ") t order by 1, 2, 3");
        assertThat(actual).as("after " + after).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(String.valueOf(actual.get(i))).as("after " + after).isEqualTo(String.valueOf(expected.get(i)));
        }
        checked.add(after + " (" + actual.size() + " entries)");
    }
}
