package org.claimtrail.timeline;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.claimtrail.attribution.Wording;
import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.claim.Stance;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.verdict.VerdictRating;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The timeline read from its own table (timeline_entry, kept by the database's triggers), for the
 * page, the API and the exports alike, so they can never disagree. A page picks its entries off
 * the index on the timeline's order ({@link #ORDER}) and only then looks up what it shows of
 * them; exports read the same pages, a chunk at a time.
 *
 * <p>Reads the claim, attribution, source, actor and story tables to show entries: that SQL is here only.
 */
@Repository
class TimelineRepository {

    /** The timeline's order: start, end, events before statements, claim, attribution. */
    static final Keyset ORDER = Keyset.ascending(
            Keyset.date("te.sort_date"),
            Keyset.date("te.sort_latest"),
            Keyset.number("te.kind"),
            Keyset.number("te.claim_id"),
            Keyset.number("te.sort_attribution"));

    /** Story, speaker, source and subjects of the entries chosen, after choosing them. */
    private static final String SHOW = """
            select te.kind, te.claim_id, c.slug as claim_slug, c.statement, te.status, te.topics, te.edtf, te.earliest,
                   te.latest, te.label, te.attribution_id, s.id as source_id, source_display_title(s.title, s.title_is_description) as source_title, s.url as source_url,
                   a.stance, coalesce(sp.name, a.speaker_description) as speaker, coalesce(a.anonymous, false) as anonymous,
                   st.slug as story_slug, st.title as story_title,
                   a.quote, a.wording, a.source_count, a.basis, pub.name as publisher, s.published_edtf,
                   s.published_earliest, s.published_latest, s.published_label, c.status_reason, v.rating as verdict,
                   (select string_agg(ac.name, '; ' order by ac.name)
                      from claim_subject cs join actor ac on ac.id = cs.actor_id
                     where cs.claim_id = te.claim_id) as subjects,
                   (select case
                               when o.separate_origin then coalesce(osp.name, o.speaker_description) || ' in '
                                   || coalesce(opub.name, source_display_title(os.title, os.title_is_description))
                                   || ' (counted apart)'
                               when o.speaker_id is not null then coalesce(org.name, osp.name)
                               when o.anonymous then 'anonymous sources in '
                                   || coalesce(opub.name, source_display_title(os.title, os.title_is_description))
                               else coalesce(opub.name, source_display_title(os.title, os.title_is_description))
                           end
                      from attribution o
                        join source os on os.id = o.source_id
                        left join actor osp on osp.id = o.speaker_id
                        left join actor org on org.id = osp.speaks_for_id
                        left join actor opub on opub.id = os.publisher_id
                     where o.id = coalesce(a.relays_id, a.id)) as origin,
                   (select coalesce(rpub.name, source_display_title(rs.title, rs.title_is_description))
                      from attribution r
                        join source rs on rs.id = r.source_id
                        left join actor rpub on rpub.id = rs.publisher_id
                     where r.id = a.relays_id) as relays,
                   te.sort_date, te.sort_latest, te.sort_attribution
            from (%s) te
              join claim c on c.id = te.claim_id
              join story st on st.id = te.story_id
              left join attribution a on a.id = te.attribution_id
              left join source s on s.id = a.source_id
              left join actor sp on sp.id = a.speaker_id
              left join actor pub on pub.id = s.publisher_id
              left join verdict v on v.claim_id = te.claim_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    TimelineRepository(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** One page of entries (read one more than the page, in the request's direction). */
    List<TimelineEntry> find(TimelineFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String chosen = "select te.* from timeline_entry te where " + conditions(filter, params) + " and "
                + ORDER.condition(page, params) + " order by " + ORDER.orderBy(page) + " limit " + ORDER.limit(page);
        return jdbc.query(SHOW.formatted(chosen) + " order by " + ORDER.orderBy(page), params, ENTRY);
    }

    Count count(TimelineFilter filter) {
        Map<String, Object> params = new HashMap<>();
        Long count = jdbc.queryForObject(
                Count.sql("select 1 from timeline_entry te where " + conditions(filter, params)), params, Long.class);
        return Count.of(count == null ? 0 : count);
    }

    /** The whole timeline's SQL in export order, for the benchmark to COPY as a yardstick for the exports. */
    static String unfilteredSql() {
        return SHOW.formatted("select te.* from timeline_entry te") + " order by "
                + ORDER.orderBy(PageRequest.first(1));
    }

    /**
     * Filters name a story or actor as readers know them, by title or name in any case, or by
     * address; an address wins over a name, and of several of one name the first added.
     */
    private static final String STORY_NAMED =
            "(select id from story where slug = :story or lower(title) = lower(:story) "
                    + "order by slug = :story desc, id limit 1)";

    private static final String ACTOR_NAMED =
            "(select id from actor where slug = :actor or lower(name) = lower(:actor) "
                    + "order by slug = :actor desc, id limit 1)";

    private static String conditions(TimelineFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        if (filter.story() != null) {
            conditions.add("te.story_id = " + STORY_NAMED);
            params.put("story", filter.story());
        }
        if (filter.actor() != null) {
            // A statement by them, or anything about a claim about them.
            conditions.add("(te.speaker_id = " + ACTOR_NAMED + " or te.claim_id in "
                    + "(select cs.claim_id from claim_subject cs where cs.actor_id = " + ACTOR_NAMED + "))");
            params.put("actor", filter.actor());
        }
        if (filter.statusValue() != null) {
            conditions.add("te.status = :status");
            params.put("status", filter.statusValue().name());
        }
        if (filter.topic() != null) {
            conditions.add("te.topics @> array[cast(:topic as text)]");
            params.put("topic", filter.topic());
        }
        if (filter.fromDay() != null) {
            conditions.add("(te.latest is null or te.latest >= :from)");
            params.put("from", Date.valueOf(filter.fromDay()));
        }
        if (filter.toDay() != null) {
            conditions.add("(te.earliest is null or te.earliest <= :to)");
            params.put("to", Date.valueOf(filter.toDay()));
        }
        return String.join(" and ", conditions);
    }

    private static final RowMapper<TimelineEntry> ENTRY = (rs, rowNum) -> new TimelineEntry(
            rs.getInt("kind") == 0 ? TimelineEntry.Kind.EVENT : TimelineEntry.Kind.STATEMENT,
            rs.getString("claim_slug"),
            rs.getString("statement"),
            ClaimStatus.valueOf(rs.getString("status")),
            topics(rs),
            new FuzzyDate(rs.getString("edtf"), date(rs, "earliest"), date(rs, "latest"), rs.getString("label")),
            (Long) rs.getObject("attribution_id"),
            (Long) rs.getObject("source_id"),
            rs.getString("source_title"),
            rs.getString("source_url"),
            rs.getString("stance") == null ? null : Stance.valueOf(rs.getString("stance")),
            rs.getString("speaker"),
            rs.getBoolean("anonymous"),
            rs.getString("subjects"),
            rs.getString("story_slug"),
            rs.getString("story_title"),
            new EntryDetails(
                    rs.getString("quote"),
                    rs.getString("wording") == null ? null : Wording.valueOf(rs.getString("wording")),
                    (Integer) rs.getObject("source_count", Integer.class),
                    rs.getString("basis"),
                    rs.getString("publisher"),
                    rs.getString("published_edtf") == null
                            ? null
                            : new FuzzyDate(
                                    rs.getString("published_edtf"),
                                    date(rs, "published_earliest"),
                                    date(rs, "published_latest"),
                                    rs.getString("published_label")),
                    rs.getString("status_reason"),
                    rs.getString("verdict") == null ? null : VerdictRating.valueOf(rs.getString("verdict")),
                    rs.getString("origin"),
                    rs.getString("relays")),
            Cursor.of(
                    date(rs, "sort_date"),
                    date(rs, "sort_latest"),
                    rs.getLong("kind"),
                    rs.getLong("claim_id"),
                    rs.getLong("sort_attribution")));

    /** The cursor just before the first entry of a year: "jump to 2023". */
    static Cursor startOfYear(int year) {
        return Cursor.of(
                LocalDate.of(year - 1, 12, 31), LocalDate.of(9999, 12, 31), 1L, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    private static List<String> topics(ResultSet rs) throws SQLException {
        Array array = rs.getArray("topics");
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
