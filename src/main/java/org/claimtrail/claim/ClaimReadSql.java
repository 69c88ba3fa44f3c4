package org.claimtrail.claim;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.actor.ActorKind;
import org.claimtrail.actor.ActorRef;
import org.claimtrail.database.SqlFile;
import org.claimtrail.date.DateView;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.source.SourceKind;
import org.claimtrail.source.SourceRef;
import org.claimtrail.story.StoryRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The claim module's read SQL, in one place. It joins other modules' tables (story, source,
 * actor) because a claim's page shows their names; it never writes them. Each method returns
 * projections shaped for a page and reads a bounded number of rows whatever the data.
 */
@Repository
class ClaimReadSql {

    static final String CLAIM_COLUMNS = """
            c.id, c.slug, c.statement, c.status, c.status_reason, c.event_edtf, c.event_earliest, c.event_latest,
            c.event_label, c.topics, c.withdrawn_reason, c.withdrawn_at, st.id as story_id, st.slug as story_slug,
            st.title as story_title""";

    /** An attribution's columns for a row of a list: the quote cut to what a list shows. */
    private static final String ATTRIBUTION_COLUMNS =
            attributionColumns("left(a.quote, " + AttributionRow.QUOTE_SHOWN + ")");
    /** The same for one attribution shown alone: the whole quote. */
    private static final String WHOLE_ATTRIBUTION_COLUMNS = attributionColumns("a.quote");

    private static String attributionColumns(String quote) {
        return """
            a.id, a.claim_id, c.slug as claim_slug, c.statement as claim_statement, a.stance,
            sp.id as speaker_id, sp.slug as speaker_slug, sp.name as speaker_name, sp.kind as speaker_kind,
            a.speaker_description, a.anonymous, a.source_count, a.basis,
            %s as quote, length(a.quote) as quote_length, a.wording,
            coalesce(relayed_outlet.name, source_display_title(relayed_source.title, relayed_source.title_is_description)) as relays_origin,
            a.stated_edtf, a.stated_earliest, a.stated_latest, a.stated_label,
            a.withdrawn_reason, a.withdrawn_at,
            s.id as source_id, source_display_title(s.title, s.title_is_description) as source_title, s.kind as source_kind, s.url as source_url,
            s.published_edtf, s.published_earliest, s.published_latest, s.published_label,
            pub.id as publisher_id, pub.slug as publisher_slug, pub.name as publisher_name,
            pub.kind as publisher_kind
            """.formatted(quote);
    }

    /** What an attribution's row joins: its claim, source, speaker, publisher and the origin it relays. */
    private static final String ATTRIBUTION_TABLES = """
            from attribution a
              join claim c on c.id = a.claim_id
              join source s on s.id = a.source_id
              left join actor sp on sp.id = a.speaker_id
              left join actor pub on pub.id = s.publisher_id
              left join attribution relayed on relayed.id = a.relays_id
              left join source relayed_source on relayed_source.id = relayed.source_id
              left join actor relayed_outlet on relayed_outlet.id = relayed_source.publisher_id
            """;

    private static final String ATTRIBUTION_ROWS = "select " + ATTRIBUTION_COLUMNS + ATTRIBUTION_TABLES;

    /** The sourcing rule, in the one file that implements it (see the file and the README). */
    static final String SOURCING_SUMMARY = SqlFile.read(ClaimReadSql.class, "sourcing-summary.sql");

    /** Keysets of the lists this module reads. */
    static final Keyset BY_ATTRIBUTION = Keyset.ascending(Keyset.number("a.id"));

    static final Keyset BY_ATTRIBUTION_NEWEST = Keyset.descending(Keyset.number("a.id"));
    static final Keyset BY_SOURCE_ORDER = Keyset.ascending(Keyset.number("a.claim_id"), Keyset.number("a.id"));
    static final Keyset BY_CLAIM = Keyset.ascending(Keyset.number("c.id"));
    /** By the event's date, undated last; read off claim_story_event_idx. */
    static final Keyset BY_EVENT_DATE = Keyset.ascending(
            Keyset.date("coalesce(c.event_earliest, c.event_latest, '9999-12-31'::date)"), Keyset.number("c.id"));

    static final Keyset BY_SUBJECT_NEWEST = Keyset.descending(Keyset.number("cs.claim_id"));

    private final JdbcClient jdbc;
    private final String sourcingSummary;

    @Autowired
    ClaimReadSql(JdbcClient jdbc) {
        this(jdbc, SOURCING_SUMMARY);
    }

    /** With another sourcing rule: how a test shows that the rule is that one file and nothing else. */
    ClaimReadSql(JdbcClient jdbc, String sourcingSummary) {
        this.jdbc = jdbc;
        this.sourcingSummary = sourcingSummary;
    }

    Optional<ClaimView> claim(String slug) {
        return jdbc.sql("select " + CLAIM_COLUMNS
                        + " from claim c join story st on st.id = c.story_id where c.slug = :slug")
                .param("slug", slug)
                .query(ClaimReadSql::claimView)
                .optional();
    }

    List<ActorRef> subjects(long claimId, int limit) {
        return jdbc.sql("""
                select ac.id, ac.slug, ac.name, ac.kind from claim_subject cs join actor ac on ac.id = cs.actor_id
                where cs.claim_id = :claim order by ac.name, ac.id limit :limit""")
                .param("claim", claimId)
                .param("limit", limit)
                .query((rs, n) -> new ActorRef(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        ActorKind.valueOf(rs.getString("kind"))))
                .list();
    }

    /** The sourcing summaries of some claims, by claim id; claims without attributions are absent. */
    Map<Long, SourcingSummary> summaries(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, SourcingSummary> summaries = new HashMap<>();
        RowMapper<SourcingSummary> byColumnName = new DataClassRowMapper<>(SourcingSummary.class);
        jdbc.sql(sourcingSummary).param("ids", claimIds.toArray(Long[]::new)).query(rs -> {
            summaries.put(rs.getLong("claim_id"), byColumnName.mapRow(rs, rs.getRow()));
        });
        return summaries;
    }

    /**
     * Per claim and stance, the first {@code perStance} speakers (a named actor's name, else the
     * description) and how many there are; one statement for a whole page of claims.
     */
    Map<Long, List<ClaimVoices>> voices(Collection<Long> claimIds, int perStance) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ClaimVoices>> voices = new LinkedHashMap<>();
        jdbc.sql("""
                select claim_id, stance, total, array_agg(who order by n) as speakers
                from (select a.claim_id, a.stance, coalesce(sp.name, a.speaker_description) as who,
                             row_number() over (partition by a.claim_id, a.stance order by a.id) as n,
                             count(*) over (partition by a.claim_id, a.stance) as total
                      from attribution a left join actor sp on sp.id = a.speaker_id
                      where a.claim_id = any(cast(:ids as bigint[])) and a.withdrawn_at is null) ranked
                where n <= :per
                group by claim_id, stance, total
                order by claim_id, stance""")
                .param("ids", claimIds.toArray(Long[]::new))
                .param("per", perStance)
                .query(rs -> {
                    Array speakers = rs.getArray("speakers");
                    voices.computeIfAbsent(rs.getLong("claim_id"), id -> new ArrayList<>())
                            .add(new ClaimVoices(
                                    Stance.valueOf(rs.getString("stance")),
                                    List.of((String[]) speakers.getArray()),
                                    rs.getInt("total")));
                });
        voices.values().forEach(list -> list.sort(Comparator.comparing(ClaimVoices::stance)));
        return voices;
    }

    /** How many attributions each stance group of a claim has (withdrawn ones included: the page shows them). */
    Map<StanceGroup, Long> groupTotals(long claimId) {
        Map<StanceGroup, Long> totals = new EnumMap<>(StanceGroup.class);
        for (StanceGroup group : StanceGroup.values()) {
            totals.put(group, 0L);
        }
        jdbc.sql(
                        "select stance_group, count(*) as total from attribution where claim_id = :claim group by stance_group")
                .param("claim", claimId)
                .query(rs -> {
                    totals.put(StanceGroup.valueOf(rs.getString("stance_group")), rs.getLong("total"));
                });
        return totals;
    }

    /** The first {@code perGroup} attributions of each stance group, in one statement. */
    List<AttributionRow> firstOfEachGroup(long claimId, int perGroup) {
        return jdbc.sql(
                        "select * from (select row_number() over (partition by a.stance_group order by a.id) as position, "
                                + ATTRIBUTION_COLUMNS + ATTRIBUTION_TABLES + " where a.claim_id = :claim) g"
                                + " where g.position <= :perGroup order by g.id")
                .param("claim", claimId)
                .param("perGroup", perGroup)
                .query(ClaimReadSql::attributionRow)
                .list();
    }

    /** A page of one stance group's attributions. */
    List<AttributionRow> groupPage(long claimId, StanceGroup group, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("claim", claimId);
        String condition = BY_ATTRIBUTION.condition(page, params);
        params.put("group", group.name());
        return jdbc.sql(ATTRIBUTION_ROWS + " where a.claim_id = :claim and a.stance_group = :group and " + condition
                        + " order by " + BY_ATTRIBUTION.orderBy(page) + " limit " + BY_ATTRIBUTION.limit(page))
                .params(params)
                .query(ClaimReadSql::attributionRow)
                .list();
    }

    Optional<AttributionRow> attribution(long id) {
        return jdbc.sql("select " + WHOLE_ATTRIBUTION_COLUMNS + ATTRIBUTION_TABLES + " where a.id = :id")
                .param("id", id)
                .query(ClaimReadSql::attributionRow)
                .optional();
    }

    /** A page of an actor's attributions in one wording (their own words, or others'), newest first. */
    List<AttributionRow> statementsBy(long actorId, Wording wording, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("speaker", actorId);
        params.put("wording", wording.name());
        String condition = BY_ATTRIBUTION_NEWEST.condition(page, params);
        return jdbc.sql(ATTRIBUTION_ROWS + " where a.speaker_id = :speaker and a.wording = :wording and " + condition
                        + " order by " + BY_ATTRIBUTION_NEWEST.orderBy(page) + " limit "
                        + BY_ATTRIBUTION_NEWEST.limit(page))
                .params(params)
                .query(ClaimReadSql::attributionRow)
                .list();
    }

    /** A page of the attributions a source carries, by claim. */
    List<AttributionRow> attributionsIn(long sourceId, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("source", sourceId);
        String condition = BY_SOURCE_ORDER.condition(page, params);
        return jdbc.sql(ATTRIBUTION_ROWS + " where a.source_id = :source and " + condition + " order by "
                        + BY_SOURCE_ORDER.orderBy(page) + " limit " + BY_SOURCE_ORDER.limit(page))
                .params(params)
                .query(ClaimReadSql::attributionRow)
                .list();
    }

    /** How many links a claim has either way (a deletion says what goes with it). */
    long linkCount(long claimId) {
        return jdbc.sql("select (select count(*) from claim_link where from_claim_id = :claim)"
                        + " + (select count(*) from claim_link where to_claim_id = :claim)")
                .param("claim", claimId)
                .query(Long.class)
                .single();
    }

    /** A page of a story's claims in the report's order (the order they were entered). */
    List<ClaimRow> storyClaims(long storyId, Keyset order, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("story", storyId);
        String condition = order.condition(page, params);
        return jdbc.sql("select " + CLAIM_COLUMNS + " from claim c join story st on st.id = c.story_id"
                        + " where c.story_id = :story and " + condition
                        + " order by " + order.orderBy(page) + " limit " + order.limit(page))
                .params(params)
                .query(ClaimReadSql::claimRow)
                .list();
    }

    long storyClaimCount(long storyId) {
        return jdbc.sql(Count.sql("select 1 from claim where story_id = :story"))
                .param("story", storyId)
                .query(Long.class)
                .single();
    }

    /** A page of the claims about an actor, newest first. */
    List<ClaimRow> claimsAbout(long actorId, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("actor", actorId);
        String condition = BY_SUBJECT_NEWEST.condition(page, params);
        return jdbc.sql("select " + CLAIM_COLUMNS + " from claim_subject cs join claim c on c.id = cs.claim_id"
                        + " join story st on st.id = c.story_id where cs.actor_id = :actor and " + condition
                        + " order by " + BY_SUBJECT_NEWEST.orderBy(page) + " limit " + BY_SUBJECT_NEWEST.limit(page))
                .params(params)
                .query(ClaimReadSql::claimRow)
                .list();
    }

    /** Claims by id, in no particular order (the caller orders them). */
    List<ClaimRow> claimRows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CLAIM_COLUMNS + " from claim c join story st on st.id = c.story_id"
                        + " where c.id = any(cast(:ids as bigint[]))")
                .param("ids", ids.toArray(Long[]::new))
                .query(ClaimReadSql::claimRow)
                .list();
    }

    /**
     * The claim's origin attributions as "Publisher: speaker" choices for the relays list: the
     * first {@code limit}, and the one already chosen wherever it stands.
     */
    List<ClaimChoice> relayChoices(long claimId, Long exceptId, Long chosenId, int limit) {
        String label = """
                select a.id, coalesce(pub.name, source_display_title(s.title, s.title_is_description)) || ': ' || coalesce(sp.name, a.speaker_description)
                       || case when a.anonymous then ' (anonymous)' else '' end as label
                from attribution a join source s on s.id = a.source_id
                  left join actor sp on sp.id = a.speaker_id left join actor pub on pub.id = s.publisher_id
                """;
        return jdbc.sql("select id, label from ((" + label + " where a.claim_id = :claim and a.relays_id is null"
                        + " and a.id <> :except order by a.id limit :limit) union (" + label + " where a.id = :chosen"
                        + " and a.claim_id = :claim)) choices order by id")
                .param("claim", claimId)
                .param("except", exceptId == null ? -1L : exceptId)
                .param("chosen", chosenId == null ? -1L : chosenId)
                .param("limit", limit)
                .query((rs, n) -> new ClaimChoice(rs.getLong("id"), rs.getString("label")))
                .list();
    }

    static ClaimView claimView(ResultSet rs, int row) throws SQLException {
        return new ClaimView(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("statement"),
                ClaimStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                eventOf(rs),
                topics(rs),
                storyOf(rs),
                rs.getString("withdrawn_reason"),
                instant(rs.getTimestamp("withdrawn_at")));
    }

    static ClaimRow claimRow(ResultSet rs, int row) throws SQLException {
        return new ClaimRow(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("statement"),
                ClaimStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                eventOf(rs),
                topics(rs),
                storyOf(rs),
                rs.getTimestamp("withdrawn_at") != null,
                SourcingSummary.NONE);
    }

    private static AttributionRow attributionRow(ResultSet rs, int row) throws SQLException {
        ActorRef speaker = rs.getObject("speaker_id") == null
                ? null
                : new ActorRef(
                        rs.getLong("speaker_id"),
                        rs.getString("speaker_slug"),
                        rs.getString("speaker_name"),
                        ActorKind.valueOf(rs.getString("speaker_kind")));
        ActorRef publisher = rs.getObject("publisher_id") == null
                ? null
                : new ActorRef(
                        rs.getLong("publisher_id"),
                        rs.getString("publisher_slug"),
                        rs.getString("publisher_name"),
                        ActorKind.valueOf(rs.getString("publisher_kind")));
        SourceRef source = new SourceRef(
                rs.getLong("source_id"),
                rs.getString("source_title"),
                SourceKind.valueOf(rs.getString("source_kind")),
                rs.getString("source_url"),
                publisher,
                DateView.of(
                        rs.getString("published_edtf"),
                        date(rs, "published_earliest"),
                        date(rs, "published_latest"),
                        rs.getString("published_label")));
        return new AttributionRow(
                rs.getLong("id"),
                rs.getLong("claim_id"),
                rs.getString("claim_slug"),
                rs.getString("claim_statement"),
                Stance.valueOf(rs.getString("stance")),
                speaker,
                rs.getString("speaker_description"),
                rs.getBoolean("anonymous"),
                (Integer) rs.getObject("source_count"),
                rs.getString("basis"),
                rs.getString("quote"),
                rs.getInt("quote_length"),
                Wording.valueOf(rs.getString("wording")),
                rs.getString("relays_origin"),
                DateView.of(
                        rs.getString("stated_edtf"),
                        date(rs, "stated_earliest"),
                        date(rs, "stated_latest"),
                        rs.getString("stated_label")),
                source,
                rs.getString("withdrawn_reason"),
                instant(rs.getTimestamp("withdrawn_at")));
    }

    private static DateView eventOf(ResultSet rs) throws SQLException {
        return DateView.of(
                rs.getString("event_edtf"),
                date(rs, "event_earliest"),
                date(rs, "event_latest"),
                rs.getString("event_label"));
    }

    private static StoryRef storyOf(ResultSet rs) throws SQLException {
        return new StoryRef(rs.getLong("story_id"), rs.getString("story_slug"), rs.getString("story_title"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static List<String> topics(ResultSet rs) throws SQLException {
        Array array = rs.getArray("topics");
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
