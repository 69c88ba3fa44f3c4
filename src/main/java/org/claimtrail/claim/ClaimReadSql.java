package org.claimtrail.claim;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.actor.ActorKind;
import org.claimtrail.actor.ActorRef;
import org.claimtrail.date.DateView;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
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

    /** The sourcing rule, in the one file that implements it (see the file and the README). */
    static final String SOURCING_SUMMARY = SourcingRule.OF_THIS_RELEASE.text();

    /** Keysets of the lists this module reads. */
    static final Keyset BY_CLAIM = Keyset.ascending(Keyset.number("c.id"));
    /** By the event's date, undated last; read off claim_story_event_idx. */
    static final Keyset BY_EVENT_DATE = Keyset.ascending(
            Keyset.date("coalesce(c.event_earliest, c.event_latest, '9999-12-31'::date)"), Keyset.number("c.id"));

    static final Keyset BY_SUBJECT_NEWEST = Keyset.descending(Keyset.number("cs.claim_id"));

    private final JdbcClient jdbc;
    private final SourcingRule sourcingRule;
    private final String readSummaries;

    @Autowired
    ClaimReadSql(JdbcClient jdbc) {
        this(jdbc, SOURCING_SUMMARY);
    }

    /** With another sourcing rule: how a test shows that the rule is that one file and nothing else. */
    ClaimReadSql(JdbcClient jdbc, String sourcingSummary) {
        this.jdbc = jdbc;
        this.sourcingRule = SourcingRule.of(sourcingSummary);
        this.readSummaries = sourcingRule.read();
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

    /**
     * The sourcing summaries of some claims, by claim id; claims without attributions are absent.
     * Kept summaries where they are current, the rule's where not (see {@link SourcingRule#read()}).
     */
    Map<Long, SourcingSummary> summaries(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, SourcingSummary> summaries = new HashMap<>();
        RowMapper<SourcingSummary> byColumnName = new DataClassRowMapper<>(SourcingSummary.class);
        jdbc.sql(readSummaries)
                .param("ids", claimIds.toArray(Long[]::new))
                .param("rule", sourcingRule.hash())
                .query(rs -> {
                    summaries.put(rs.getLong("claim_id"), byColumnName.mapRow(rs, rs.getRow()));
                });
        return summaries;
    }

    /**
     * Per claim and stance, the first {@code perStance} speakers (a named actor's name, else the
     * description) and how many there are; one statement for a whole page of claims. Each speaker
     * once, however many sources carry them, and a relay not at all: it repeats its origin's
     * speakers, which the list already names (the home page listed the WSJ's officials twice).
     */
    Map<Long, List<ClaimVoices>> voices(Collection<Long> claimIds, int perStance) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ClaimVoices>> voices = new LinkedHashMap<>();
        jdbc.sql("""
                select claim_id, stance, total, array_agg(who order by n) as speakers
                from (select claim_id, stance, who,
                             row_number() over (partition by claim_id, stance order by first_id) as n,
                             count(*) over (partition by claim_id, stance) as total
                      from (select a.claim_id, a.stance, coalesce(sp.name, a.speaker_description) as who,
                                   min(a.id) as first_id
                            from attribution a left join actor sp on sp.id = a.speaker_id
                            where a.claim_id = any(cast(:ids as bigint[])) and a.withdrawn_at is null
                              and a.relays_id is null
                            group by a.claim_id, a.stance, coalesce(sp.name, a.speaker_description)) voices) ranked
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

    /** How many attributions a claim has, withdrawn ones too (a deletion says what goes with it). */
    long attributionCount(long claimId) {
        return jdbc.sql("select count(*) from attribution where claim_id = :claim")
                .param("claim", claimId)
                .query(Long.class)
                .single();
    }

    /**
     * Claims whose statements say nearly the same as {@code statement}: trigram similarity of at
     * least {@code threshold} (V26's index finds the candidates), the closest first.
     */
    List<SimilarClaim> similar(String statement, String exceptSlug, double threshold, int limit) {
        return jdbc.sql("""
                        select slug, statement, similarity(statement, :statement) as likeness from claim
                        where statement % :statement and similarity(statement, :statement) >= :threshold
                          and slug <> coalesce(:except, '')
                        order by likeness desc, id limit :limit""")
                .param("statement", statement)
                .param("threshold", threshold)
                .param("except", exceptSlug)
                .param("limit", limit)
                .query((rs, n) -> new SimilarClaim(rs.getString("slug"), rs.getString("statement")))
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
