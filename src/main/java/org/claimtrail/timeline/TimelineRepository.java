package org.claimtrail.timeline;

import org.claimtrail.date.FuzzyDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * One SQL query builds the timeline for the page, the API and the exports, so they can never
 * disagree. Rows stream from a server-side cursor (fetch size) for exports of any length.
 */
@Repository
class TimelineRepository {

    static final int FETCH_SIZE = 1000;

    /**
     * Claimed events and statements as one list. {@code %1$s} takes the claim-level filters,
     * repeated inside each branch so that PostgreSQL narrows both before the union (a filter on
     * the union alone made it build the whole timeline for every page).
     */
    private static final String UNION = """
            select 'EVENT' as kind, c.id as claim_id, c.slug as claim_slug, c.statement, c.status, c.topics,
                   c.event_edtf as edtf, c.event_earliest as earliest, c.event_latest as latest, c.event_label as label,
                   null::bigint as attribution_id, null::bigint as source_id, null::text as source_title,
                   null::text as source_url, null::text as stance, null::bigint as speaker_id, null::text as speaker,
                   false as anonymous, c.story_id
            from claim c
            where c.withdrawn_at is null and c.event_edtf is not null %1$s
            union all
            select 'STATEMENT', c.id, c.slug, c.statement, c.status, c.topics,
                   coalesce(a.stated_edtf, s.published_edtf),
                   case when a.stated_edtf is not null then a.stated_earliest else s.published_earliest end,
                   case when a.stated_edtf is not null then a.stated_latest else s.published_latest end,
                   case when a.stated_edtf is not null then a.stated_label else s.published_label end,
                   a.id, s.id, s.title, s.url, a.stance, a.speaker_id, coalesce(sp.name, a.speaker_description),
                   a.anonymous, c.story_id
            from attribution a
              join claim c on c.id = a.claim_id
              join source s on s.id = a.source_id
              left join actor sp on sp.id = a.speaker_id
            where a.withdrawn_at is null and c.withdrawn_at is null
              and coalesce(a.stated_edtf, s.published_edtf) is not null %2$s
            """;

    /** Earliest first, then latest; an open start sorts by its end. Ties in a stable order. */
    private static final String ORDER = """
             order by coalesce(e.earliest, e.latest), e.latest nulls last, e.kind, e.claim_id, e.attribution_id nulls first
            """;

    /** Story and subjects are looked up for the rows shown only, after ordering and paging. */
    private static final String DECORATE = """
            select e.*, st.slug as story_slug, st.title as story_title,
                   (select string_agg(ac.name, '; ' order by ac.name)
                      from claim_subject cs join actor ac on ac.id = cs.actor_id
                     where cs.claim_id = e.claim_id) as subjects
            from (%s) e
              join story st on st.id = e.story_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streamingJdbc;

    TimelineRepository(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        // With a fetch size inside a transaction, PostgreSQL's driver reads through a cursor.
        streaming.setFetchSize(FETCH_SIZE);
        this.streamingJdbc = new NamedParameterJdbcTemplate(streaming);
    }

    List<TimelineEntry> find(TimelineFilter filter, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String page = entries(filter, params) + ORDER + " limit :limit offset :offset";
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(DECORATE.formatted(page) + ORDER, params, ENTRY);
    }

    long count(TimelineFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from (" + entries(filter, params) + ") counted",
                params, Long.class);
        return count == null ? 0 : count;
    }

    /** Hands each entry over as it is read; nothing accumulates. Call inside a transaction. */
    void forEach(TimelineFilter filter, Consumer<TimelineEntry> consumer) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        int[] row = {0};
        RowCallbackHandler handOver = resultSet -> consumer.accept(ENTRY.mapRow(resultSet, row[0]++));
        streamingJdbc.query(DECORATE.formatted(entries(filter, params)) + ORDER, params, handOver);
    }

    /** The whole timeline's SQL, as the exports run it (the benchmark compares it with COPY). */
    static String unfilteredSql() {
        return DECORATE.formatted(entries(TimelineFilter.NONE, new MapSqlParameterSource())) + ORDER;
    }

    /** The filtered union, as a derived table "e" ready to be ordered. */
    private static String entries(TimelineFilter filter, MapSqlParameterSource params) {
        String events = claimConditions(filter, params, false);
        String statements = claimConditions(filter, params, true);
        List<String> dates = new ArrayList<>();
        if (filter.fromDay() != null) {
            dates.add("(e.latest is null or e.latest >= :from)");
            params.addValue("from", filter.fromDay());
        }
        if (filter.toDay() != null) {
            dates.add("(e.earliest is null or e.earliest <= :to)");
            params.addValue("to", filter.toDay());
        }
        return "select e.* from (" + UNION.formatted(events, statements) + ") e"
                + (dates.isEmpty() ? "" : " where " + String.join(" and ", dates));
    }

    /** Conditions on the claim (and, for statements, the speaker), for one branch of the union. */
    private static String claimConditions(TimelineFilter filter, MapSqlParameterSource params, boolean statement) {
        List<String> conditions = new ArrayList<>();
        if (filter.story() != null) {
            conditions.add("c.story_id = (select id from story where slug = :story)");
            params.addValue("story", filter.story());
        }
        if (filter.actor() != null) {
            String subject = "exists (select 1 from claim_subject cs join actor ac on ac.id = cs.actor_id "
                    + "where cs.claim_id = c.id and ac.slug = :actor)";
            conditions.add(statement ? "(a.speaker_id = (select id from actor where slug = :actor) or " + subject + ")"
                    : subject);
            params.addValue("actor", filter.actor());
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            params.addValue("status", filter.status());
        }
        if (filter.topic() != null) {
            conditions.add("c.topics @> array[cast(:topic as text)]");
            params.addValue("topic", filter.topic());
        }
        return conditions.stream().map(c -> " and " + c).collect(java.util.stream.Collectors.joining());
    }

    private static final RowMapper<TimelineEntry> ENTRY = (rs, rowNum) -> new TimelineEntry(
            TimelineEntry.Kind.valueOf(rs.getString("kind")),
            rs.getString("claim_slug"),
            rs.getString("statement"),
            rs.getString("status"),
            topics(rs),
            new FuzzyDate(rs.getString("edtf"), localDate(rs.getDate("earliest")), localDate(rs.getDate("latest")),
                    rs.getString("label")),
            (Long) rs.getObject("attribution_id"),
            (Long) rs.getObject("source_id"),
            rs.getString("source_title"),
            rs.getString("source_url"),
            rs.getString("stance"),
            rs.getString("speaker"),
            rs.getBoolean("anonymous"),
            rs.getString("subjects"),
            rs.getString("story_slug"),
            rs.getString("story_title"));

    private static List<String> topics(ResultSet rs) throws SQLException {
        Array array = rs.getArray("topics");
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static java.time.LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
