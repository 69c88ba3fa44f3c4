package org.claimtrail.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.actor.ActorKind;
import org.claimtrail.actor.ActorRef;
import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.date.DateView;
import org.claimtrail.form.TextSearch;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyed;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The source module's read side: a source by number, the list newest first (searchable), and what
 * an actor published. Reads the actor table for publishers' names.
 */
@Service
@ReaderTransaction
public class SourceQueries {

    /** Newest first; sources without a date last. */
    public static final Keyset NEWEST_FIRST =
            Keyset.descending(Keyset.date("coalesce(s.published_earliest, '0001-01-01'::date)"), Keyset.number("s.id"));

    public static final Keyset BY_PUBLISHER = Keyset.descending(Keyset.number("s.id"));

    private static final String COLUMNS = """
            select s.id, s.kind, source_display_title(s.title, s.title_is_description) as title, s.title_is_description,
                   s.author, s.url,
                   s.archive_url, s.published_edtf, s.published_earliest, s.published_latest, s.published_label, s.retrieved_on,
                   s.withdrawn_reason, s.merged_into_id,
                   coalesce(s.published_earliest, '0001-01-01'::date) as sort_date,
                   p.id as publisher_id, p.slug as publisher_slug, p.name as publisher_name, p.kind as publisher_kind
            from source s left join actor p on p.id = s.publisher_id
            """;
    /** Title, address or publisher's name contains the words; on the source table alone, so a page is chosen before any join. */
    private static final String MATCHING = """
            (cast(:pattern as text) is null or lower(s.title) like :pattern escape '\\'
             or lower(coalesce(s.url, '')) like :pattern escape '\\'
             or exists (select 1 from actor p where p.id = s.publisher_id
                        and lower(p.name) like :pattern escape '\\'))""";

    private final JdbcClient jdbc;

    SourceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SourceView> byId(long id) {
        return jdbc.sql(COLUMNS + " where s.id = :id")
                .param("id", id)
                .query(SourceQueries::view)
                .optional();
    }

    /** A page of sources whose title, address or publisher contains the words, newest first. */
    public Window<SourceView> list(String words, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("pattern", TextSearch.pattern(words));
        String condition = NEWEST_FIRST.condition(page, params);
        // The page's sources are chosen from the source table alone, then joined to their
        // publishers. Joined first, a position among thousands of undated sources was planned
        // for the one row PostgreSQL expects below its cursor (a row comparison is estimated by
        // its first column, here all the same date): it read every row below and sorted them.
        String chosen = "select s.* from source s where " + MATCHING + " and " + condition + " order by "
                + NEWEST_FIRST.orderBy(page) + " limit " + NEWEST_FIRST.limit(page);
        return Window.ofKeyed(
                jdbc.sql(COLUMNS.replace("from source s", "from (" + chosen + ") s") + " order by "
                                + NEWEST_FIRST.orderBy(page))
                        .params(params)
                        .query((rs, n) -> new Keyed<>(
                                view(rs, n), Cursor.of(rs.getObject("sort_date", LocalDate.class), rs.getLong("id"))))
                        .list(),
                page);
    }

    public Count count(String words) {
        return Count.of(jdbc.sql(Count.sql("select 1 from source s where " + MATCHING))
                .param("pattern", TextSearch.pattern(words))
                .query(Long.class)
                .single());
    }

    /** A page of what an actor published, newest entries first. */
    public Window<SourceView> publishedBy(long actorId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("publisher", actorId);
        String condition = BY_PUBLISHER.condition(page, params);
        return Window.of(
                jdbc.sql(COLUMNS + " where s.publisher_id = :publisher and " + condition + " order by "
                                + BY_PUBLISHER.orderBy(page) + " limit " + BY_PUBLISHER.limit(page))
                        .params(params)
                        .query(SourceQueries::view)
                        .list(),
                page,
                s -> Cursor.of(s.id()));
    }

    /** Sources (not withdrawn) whose addresses name one document: the same source_url_key (V15). */
    public record SameAddress(String address, List<SourceCopy> sources) {}

    public record SourceCopy(long id, String title, String url) {}

    /**
     * Up to {@code limit} addresses that more than one live source carries, oldest first. Releases
     * before 5ebff45 took "www.", a trailing slash or a tracking parameter as a new address; those
     * sources stay as they were until an admin merges them.
     */
    public List<SameAddress> sameAddress(int limit) {
        Map<String, List<SourceCopy>> byAddress = new LinkedHashMap<>();
        jdbc.sql("""
                with keyed as (select id, source_url_key(url) as address from source
                               where url is not null and withdrawn_at is null),
                     shared as (select address, min(id) as first from keyed group by address having count(*) > 1
                                order by first limit :limit)
                select sh.address, s.id, source_display_title(s.title, s.title_is_description) as title, s.url
                from shared sh join keyed k on k.address = sh.address join source s on s.id = k.id
                order by sh.first, s.id""").param("limit", limit).query(rs -> {
            byAddress
                    .computeIfAbsent(rs.getString("address"), a -> new ArrayList<>())
                    .add(new SourceCopy(rs.getLong("id"), rs.getString("title"), rs.getString("url")));
        });
        return byAddress.entrySet().stream()
                .map(e -> new SameAddress(e.getKey(), e.getValue()))
                .toList();
    }

    /** How many addresses {@link #sameAddress} could list. */
    public long sameAddressCount() {
        return jdbc.sql("""
                select count(*) from (select 1 from source where url is not null and withdrawn_at is null
                                      group by source_url_key(url) having count(*) > 1) shared""").query(Long.class).single();
    }

    private static SourceView view(ResultSet rs, int row) throws SQLException {
        ActorRef publisher = rs.getObject("publisher_id") == null
                ? null
                : new ActorRef(
                        rs.getLong("publisher_id"),
                        rs.getString("publisher_slug"),
                        rs.getString("publisher_name"),
                        ActorKind.valueOf(rs.getString("publisher_kind")));
        return new SourceView(
                rs.getLong("id"),
                SourceKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                publisher,
                rs.getString("author"),
                rs.getString("url"),
                rs.getString("archive_url"),
                DateView.of(
                        rs.getString("published_edtf"),
                        rs.getObject("published_earliest", LocalDate.class),
                        rs.getObject("published_latest", LocalDate.class),
                        rs.getString("published_label")),
                rs.getObject("retrieved_on", LocalDate.class),
                rs.getBoolean("title_is_description"),
                rs.getString("withdrawn_reason"),
                (Long) rs.getObject("merged_into_id", Long.class));
    }
}
