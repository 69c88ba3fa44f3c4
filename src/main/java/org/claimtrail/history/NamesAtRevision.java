package org.claimtrail.history;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The names a page of history mentions (claims, sources, actors, stories), each as it was at the
 * revision shown, read with one statement per kind for the whole page. Where the audit tables
 * hold no earlier revision (data loaded before auditing began), the current name stands in.
 */
final class NamesAtRevision {

    enum Kind {
        CLAIM("claim", "statement", true),
        SOURCE("source", "title", true),
        ACTOR("actor", "name", true),
        STORY("story", "title", true);

        private final String table;
        private final String column;
        /** Whether {@code table_aud} keeps its revisions. */
        private final boolean audited;

        Kind(String table, String column, boolean audited) {
            this.table = table;
            this.column = column;
            this.audited = audited;
        }
    }

    /** A thing at a revision. */
    private record At(long id, long revision) {}

    private final Map<Kind, Map<At, String[]>> names = new EnumMap<>(Kind.class);

    /** Reads the names of every reference of every change, at its revision. */
    static NamesAtRevision of(JdbcClient jdbc, Map<Kind, Set<Long[]>> wanted) {
        NamesAtRevision result = new NamesAtRevision();
        wanted.forEach((kind, pairs) -> {
            Set<At> distinct = new HashSet<>();
            pairs.forEach(p -> distinct.add(new At(p[0], p[1])));
            if (distinct.isEmpty()) {
                return;
            }
            // Numbers only, from our own rows: written into the statement as a VALUES list.
            String values = distinct.stream()
                    .map(at -> "(" + at.id() + ", " + at.revision() + ")")
                    .collect(Collectors.joining(", "));
            String slug = kind == Kind.CLAIM ? ", coalesce(old.slug, now.slug)" : ", null";
            // Stories keep no revisions: their name is the current one.
            String asItWas = kind.audited
                    ? "(select a.* from " + kind.table
                            + "_aud a where a.id = v.id and a.rev <= v.rev order by a.rev desc limit 1)"
                    : "(select null as " + kind.column + (kind == Kind.CLAIM ? ", null as slug" : "") + ")";
            Map<At, String[]> byPair = new HashMap<>();
            jdbc.sql("select v.id, v.rev, coalesce(old." + kind.column + ", now." + kind.column + ")" + slug
                            + " from (values " + values + ") as v(id, rev)"
                            + " left join lateral " + asItWas + " old on true"
                            + " left join " + kind.table + " now on now.id = v.id")
                    .query(rs -> {
                        byPair.put(
                                new At(rs.getLong(1), rs.getLong(2)), new String[] {rs.getString(3), rs.getString(4)});
                    });
            result.names.put(kind, byPair);
        });
        return result;
    }

    String claim(Long id, long revision) {
        return name(Kind.CLAIM, id, revision, 0);
    }

    String claimSlug(Long id, long revision) {
        return name(Kind.CLAIM, id, revision, 1);
    }

    String source(Long id, long revision) {
        return name(Kind.SOURCE, id, revision, 0);
    }

    String actor(Long id, long revision) {
        return name(Kind.ACTOR, id, revision, 0);
    }

    String story(Long id, long revision) {
        return name(Kind.STORY, id, revision, 0);
    }

    private String name(Kind kind, Long id, long revision, int column) {
        if (id == null) {
            return null;
        }
        String[] found = names.getOrDefault(kind, Map.of()).get(new At(id, revision));
        return found == null ? null : found[column];
    }
}
