package org.claimtrail.actor;

import java.util.List;
import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.form.StorableText;
import org.claimtrail.form.TextSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Actors picked by what an editor types, for forms and filters that must work without JavaScript
 * and with thousands of actors: a typed name (any case) or slug is looked up by index; what does
 * not match gets a few close names to choose from. Lists offered as suggestions are bounded.
 */
@Service
@ReaderTransaction
public class ActorNames {

    /** What a typed name comes to: one actor, or none with close matches, or several of that name. */
    public record Lookup(ActorRef actor, List<ActorRef> candidates) {

        public boolean found() {
            return actor != null;
        }

        /** Why the name was not taken, with the names an editor could type instead. */
        public String problem(String typed) {
            if (candidates.isEmpty()) {
                return "No actor is named “" + typed + "”. Check the spelling, or add the actor first.";
            }
            String names = String.join(
                    ", ",
                    candidates.stream()
                            .map(a -> a.name() + " (" + a.slug() + ")")
                            .toList());
            return (candidates.stream().anyMatch(a -> a.name().equalsIgnoreCase(typed.strip()))
                            ? "Several actors are named “" + typed + "”; type the one you mean by its address: "
                            : "No actor is named “" + typed + "”. Close matches: ")
                    + names + ".";
        }
    }

    static final int CANDIDATES = 8;

    private final JdbcClient jdbc;

    ActorNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The actor with this slug, else the one actor with this name in any case. */
    public Lookup lookUp(String typed) {
        // Nothing PostgreSQL cannot hold reaches it, whichever form or filter passed the name.
        String text = StorableText.clean(typed).strip();
        List<ActorRef> exact =
                jdbc.sql("""
                        select id, slug, name, kind from actor where slug = :text
                        union all
                        (select id, slug, name, kind from actor where lower(name) = lower(:text) order by id limit 3)""").param("text", text).query(ActorNames::ref).list();
        if (!exact.isEmpty() && (exact.get(0).slug().equals(text) || exact.size() == 1)) {
            return new Lookup(exact.get(0), List.of());
        }
        if (!exact.isEmpty()) {
            return new Lookup(null, exact);
        }
        return new Lookup(
                null,
                jdbc.sql("""
                        select id, slug, name, kind from actor a
                        where lower(a.name) like :pattern escape '\\' order by lower(a.name), a.id limit :limit""")
                        .param("pattern", TextSearch.pattern(text))
                        .param("limit", CANDIDATES)
                        .query(ActorNames::ref)
                        .list());
    }

    /** Names to suggest in a form's list: the newest actors, who are the likeliest to be picked next. */
    public List<String> suggestions(int limit) {
        return jdbc
                .sql("select name from actor order by id desc limit :limit")
                .param("limit", limit)
                .query(String.class)
                .list()
                .stream()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .distinct()
                .toList();
    }

    private static ActorRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ActorRef(
                rs.getLong("id"), rs.getString("slug"), rs.getString("name"), ActorKind.valueOf(rs.getString("kind")));
    }
}
