package org.claimtrail.actor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.form.TextSearch;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyed;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The actor module's read side: an actor by permalink, and the list by name, searchable. */
@Service
@ReaderTransaction
public class ActorQueries {

    public static final Keyset BY_NAME = Keyset.ascending(Keyset.text("lower(a.name)"), Keyset.number("a.id"));

    private static final String MATCHING = """
            (cast(:pattern as text) is null or lower(a.name) like :pattern escape '\\'
             or lower(coalesce(a.description, '')) like :pattern escape '\\')""";

    private final JdbcClient jdbc;

    ActorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActorView> bySlug(String slug) {
        return jdbc.sql("select a.id, a.slug, a.name, a.kind, a.description from actor a where a.slug = :slug")
                .param("slug", slug)
                .query(ActorQueries::view)
                .optional();
    }

    /** A page of actors whose name or description contains the words, by name. */
    public Window<ActorView> list(String words, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("pattern", TextSearch.pattern(words));
        String condition = BY_NAME.condition(page, params);
        return Window.ofKeyed(
                jdbc.sql("select a.id, a.slug, a.name, a.kind, a.description, lower(a.name) as sort_name "
                                + "from actor a where " + MATCHING + " and " + condition + " order by "
                                + BY_NAME.orderBy(page)
                                + " limit " + BY_NAME.limit(page))
                        .params(params)
                        .query((rs, n) ->
                                new Keyed<>(view(rs, n), Cursor.of(rs.getString("sort_name"), rs.getLong("id"))))
                        .list(),
                page);
    }

    public Count count(String words) {
        return Count.of(jdbc.sql(Count.sql("select 1 from actor a where " + MATCHING))
                .param("pattern", TextSearch.pattern(words))
                .query(Long.class)
                .single());
    }

    private static ActorView view(ResultSet rs, int row) throws SQLException {
        return new ActorView(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("name"),
                ActorKind.valueOf(rs.getString("kind")),
                rs.getString("description"));
    }
}
