package org.claimtrail.story;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.form.Choices;
import org.claimtrail.form.TextSearch;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The story module's read side: stories by permalink, the newest, and all of them newest first. */
@Service
@ReaderTransaction
public class StoryQueries {

    public static final Keyset NEWEST_FIRST = Keyset.descending(Keyset.number("id"));

    private final JdbcClient jdbc;

    StoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String VIEW_COLUMNS = "select id, slug, title, summary, claim_order, featured from story";

    public Optional<StoryView> bySlug(String slug) {
        return jdbc.sql(VIEW_COLUMNS + " where slug = :slug")
                .param("slug", slug)
                .query(StoryQueries::view)
                .optional();
    }

    /** The story a filter names: by address, else by title in any case (the first added of several). */
    public Optional<StoryView> named(String slugOrTitle) {
        return jdbc.sql(VIEW_COLUMNS
                        + " where slug = :text or lower(title) = lower(:text) order by slug = :text desc, id limit 1")
                .param("text", slugOrTitle)
                .query(StoryQueries::view)
                .optional();
    }

    public Optional<StoryView> newest() {
        return jdbc.sql(VIEW_COLUMNS + " order by id desc limit 1")
                .query(StoryQueries::view)
                .optional();
    }

    /** The home page's story: the one editors feature, else the newest. */
    public Optional<StoryView> featured() {
        return jdbc.sql(VIEW_COLUMNS + " order by featured desc, id desc limit 1")
                .query(StoryQueries::view)
                .optional();
    }

    /** A page of stories, newest first. */
    public Window<StoryRef> list(PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String condition = NEWEST_FIRST.condition(page, params);
        return Window.of(
                jdbc.sql("select id, slug, title from story where " + condition + " order by "
                                + NEWEST_FIRST.orderBy(page) + " limit " + NEWEST_FIRST.limit(page))
                        .params(params)
                        .query((rs, n) -> new StoryRef(rs.getLong("id"), rs.getString("slug"), rs.getString("title")))
                        .list(),
                page,
                s -> Cursor.of(s.id()));
    }

    /**
     * The stories the claim form offers: the newest {@code limit}, and the one already chosen if it
     * is older. Bounded, since stories are now started in the app and a newsroom has hundreds.
     */
    public List<StoryRef> choices(Long chosenId, int limit) {
        return jdbc.sql("""
                        (select id, slug, title from story order by id desc limit :limit)
                        union
                        (select id, slug, title from story where id = :chosen)
                        order by id desc""")
                .param("limit", limit)
                .param("chosen", chosenId == null ? -1L : chosenId)
                .query((rs, n) -> new StoryRef(rs.getLong("id"), rs.getString("slug"), rs.getString("title")))
                .list();
    }

    /**
     * The claim form's story picker (form.Choices): the chosen story, then the stories whose title
     * contains what was typed (a word that starts with it first, then the newest), or else the newest.
     */
    public Choices storyChoices(Long chosenId, String typed) {
        return Choices.offer(
                "stories",
                chosenId,
                typed,
                id -> jdbc.sql("select id, title from story where id = :id")
                        .param("id", id)
                        .query(StoryQueries::choice)
                        .optional(),
                text -> jdbc.sql("""
                                select id, title from story where lower(title) like :pattern escape '\\'
                                order by case when lower(title) like :prefix escape '\\'
                                                or lower(title) like '% ' || :prefix escape '\\' then 0 else 1 end,
                                         id desc
                                limit :limit""")
                        .param("pattern", TextSearch.pattern(text))
                        .param("prefix", TextSearch.prefixPattern(text))
                        .param("limit", Choices.OFFERED + 1)
                        .query(StoryQueries::choice)
                        .list(),
                () -> jdbc.sql("select id, title from story order by id desc limit :limit")
                        .param("limit", Choices.OFFERED)
                        .query(StoryQueries::choice)
                        .list());
    }

    private static Choices.Choice choice(ResultSet rs, int row) throws SQLException {
        return new Choices.Choice(rs.getLong("id"), rs.getString("title"));
    }

    public Count count() {
        return Count.of(
                jdbc.sql(Count.sql("select 1 from story")).query(Long.class).single());
    }

    private static StoryView view(ResultSet rs, int row) throws SQLException {
        return new StoryView(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("summary"),
                ClaimOrder.valueOf(rs.getString("claim_order")),
                rs.getBoolean("featured"));
    }
}
