package org.claimtrail.attribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.actor.ActorKind;
import org.claimtrail.actor.ActorRef;
import org.claimtrail.claim.Stance;
import org.claimtrail.claim.StanceGroup;
import org.claimtrail.date.DateView;
import org.claimtrail.form.Choices;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.source.SourceKind;
import org.claimtrail.source.SourceRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attribution module's read SQL, in one place. It joins the claim, source and actor tables
 * because an attribution's row shows their names; it never writes them. Each method returns
 * projections shaped for a page and reads a bounded number of rows whatever the data.
 */
@Repository
class AttributionReadSql {

    /** An attribution's columns for a row of a list: the quote cut to what a list shows. */
    private static final String ATTRIBUTION_COLUMNS =
            attributionColumns("left(a.quote, " + AttributionRow.QUOTE_SHOWN + ")");
    /** The same for one attribution shown alone: the whole quote. */
    private static final String WHOLE_ATTRIBUTION_COLUMNS = attributionColumns("a.quote");

    private static String attributionColumns(String quote) {
        return """
            a.id, a.claim_id, c.slug as claim_slug, c.statement as claim_statement, a.stance,
            sp.id as speaker_id, sp.slug as speaker_slug, sp.name as speaker_name, sp.kind as speaker_kind,
            a.speaker_description, a.anonymous, a.source_count, a.basis, a.anonymity_reason,
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

    /** Keysets of the lists this module reads. */
    static final Keyset BY_ATTRIBUTION = Keyset.ascending(Keyset.number("a.id"));

    static final Keyset BY_ATTRIBUTION_NEWEST = Keyset.descending(Keyset.number("a.id"));
    static final Keyset BY_SOURCE_ORDER = Keyset.ascending(Keyset.number("a.claim_id"), Keyset.number("a.id"));

    private final JdbcClient jdbc;

    AttributionReadSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .query(AttributionReadSql::attributionRow)
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
                .query(AttributionReadSql::attributionRow)
                .list();
    }

    Optional<AttributionRow> attribution(long id) {
        return jdbc.sql("select " + WHOLE_ATTRIBUTION_COLUMNS + ATTRIBUTION_TABLES + " where a.id = :id")
                .param("id", id)
                .query(AttributionReadSql::attributionRow)
                .optional();
    }

    /**
     * Who else in force on the same claim, with the same stance, counts as the same origin as this
     * attribution (origin_key, V29): "The Kremlin in the tracked report". At most {@code limit}.
     */
    List<String> sameOriginAs(long attributionId, int limit) {
        return jdbc.sql("""
                        with mine as (select claim_id from attribution where id = :id),
                             origin_of as (
                            -- The claim's attributions only: the whole table's keys cost a save 300,000 rows.
                            select a.id, a.stance_group, a.source_id, a.speaker_id, a.speaker_description,
                                   origin_key(o.id, o.separate_origin, o.speaker_id, osp.speaks_for_id, o.anonymous,
                                              os.publisher_id, os.id) as key
                            from mine
                              join attribution a on a.claim_id = mine.claim_id
                              join attribution o on o.id = coalesce(a.relays_id, a.id)
                              join source os on os.id = o.source_id
                              left join actor osp on osp.id = o.speaker_id
                            where a.withdrawn_at is null or a.id = :id)
                        select coalesce(sp.name, other.speaker_description) || ' in '
                               || coalesce(pub.name, source_display_title(s.title, s.title_is_description))
                        from origin_of me
                          join origin_of other on other.key = me.key and other.stance_group = me.stance_group
                                              and other.id <> me.id
                          join source s on s.id = other.source_id
                          left join actor pub on pub.id = s.publisher_id
                          left join actor sp on sp.id = other.speaker_id
                        where me.id = :id
                        order by other.id
                        limit :limit""")
                .param("id", attributionId)
                .param("limit", limit)
                .query(String.class)
                .list();
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
                .query(AttributionReadSql::attributionRow)
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
                .query(AttributionReadSql::attributionRow)
                .list();
    }

    /** How a relay picker names a claim's attribution: "The Wall Street Journal: officials (anonymous)". */
    private static final String RELAY_LABELS = """
            select a.id, coalesce(pub.name, source_display_title(s.title, s.title_is_description)) || ': '
                   || coalesce(sp.name, a.speaker_description) || case when a.anonymous then ' (anonymous)' else '' end as label
            from attribution a join source s on s.id = a.source_id
              left join actor sp on sp.id = a.speaker_id left join actor pub on pub.id = s.publisher_id
            where a.claim_id = :claim
            """;

    /**
     * The claim's origins (attributions that relay nothing) other than {@code exceptId}, the first
     * {@code limit} of them, those whose label contains {@code pattern} (a LIKE pattern) if given.
     */
    List<Choices.Choice> origins(long claimId, Long exceptId, String pattern, int limit) {
        return jdbc.sql("select id, label from (" + RELAY_LABELS
                        + " and a.relays_id is null and a.id <> :except) origins"
                        + " where cast(:pattern as text) is null or lower(label) like cast(:pattern as text) escape '\\'"
                        + " order by id limit :limit")
                .param("claim", claimId)
                .param("except", exceptId == null ? -1L : exceptId)
                .param("pattern", pattern)
                .param("limit", limit)
                .query((rs, n) -> new Choices.Choice(rs.getLong("id"), rs.getString("label")))
                .list();
    }

    /**
     * The claim's attribution {@code id}, as the relay picker names it: the one already chosen
     * stays offered (and so kept) even if it has since become a relay itself.
     */
    Optional<Choices.Choice> relayable(long claimId, long id) {
        return jdbc.sql(RELAY_LABELS + " and a.id = :id")
                .param("claim", claimId)
                .param("id", id)
                .query((rs, n) -> new Choices.Choice(rs.getLong("id"), rs.getString("label")))
                .optional();
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
                rs.getString("anonymity_reason"),
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

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
