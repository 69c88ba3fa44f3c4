package org.claimtrail.link;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.claim.ClaimChoice;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The link module's read SQL. It joins the claim table for the statement at the other end, for
 * the page only; it never writes it. Every method reads a bounded number of rows.
 */
@Repository
class LinkReadSql {

    static final Keyset BY_LINK = Keyset.ascending(Keyset.number("l.id"));

    private static final String OUTGOING = "select l.id, l.type, l.note, true as outgoing, o.slug, o.statement"
            + " from claim_link l join claim o on o.id = l.to_claim_id where l.from_claim_id = :claim";
    private static final String INCOMING = "select l.id, l.type, l.note, false as outgoing, o.slug, o.statement"
            + " from claim_link l join claim o on o.id = l.from_claim_id where l.to_claim_id = :claim";

    private final JdbcClient jdbc;

    LinkReadSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first links each way, by link order, with the totals; two statements. */
    LinksView first(long claimId, int eachWay) {
        List<LinkRow> links = jdbc.sql(
                        "(" + OUTGOING + " order by l.id limit :n) union all (" + INCOMING + " order by l.id limit :n)")
                .param("claim", claimId)
                .param("n", eachWay)
                .query(LinkReadSql::linkRow)
                .list();
        long[] totals = jdbc.sql("""
                select (select count(*) from claim_link where from_claim_id = :claim),
                       (select count(*) from claim_link where to_claim_id = :claim)""")
                .param("claim", claimId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return new LinksView(
                links.stream().filter(LinkRow::outgoing).toList(),
                totals[0],
                links.stream().filter(l -> !l.outgoing()).toList(),
                totals[1]);
    }

    /** A page of the links one way. Each direction is its own indexed query: an OR of both scanned every link. */
    List<LinkRow> links(long claimId, boolean outgoing, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("claim", claimId);
        String condition = BY_LINK.condition(page, params);
        return jdbc.sql((outgoing ? OUTGOING : INCOMING) + " and " + condition + " order by " + BY_LINK.orderBy(page)
                        + " limit " + BY_LINK.limit(page))
                .params(params)
                .query(LinkReadSql::linkRow)
                .list();
    }

    /**
     * Claims an editor may link to: those matching the words typed, else the same story's; never
     * more than {@code limit}, so the form stays small whatever the newsroom's size.
     */
    List<ClaimChoice> candidates(long exceptId, long storyId, String words, Long alsoId, int limit) {
        String match =
                words == null ? "c.story_id = :story" : "c.search_vector @@ websearch_to_tsquery('english', :words)";
        return jdbc.sql("select id, statement from ((select c.id, c.statement from claim c where c.id <> :except and "
                        + match + " order by c.id desc limit :limit) union (select c.id, c.statement from claim c "
                        + "where c.id = :also and c.id <> :except)) choices order by statement, id")
                .param("except", exceptId)
                .param("story", storyId)
                .param("words", words)
                .param("limit", limit)
                .param("also", alsoId == null ? -1L : alsoId)
                .query((rs, n) -> new ClaimChoice(rs.getLong("id"), rs.getString("statement")))
                .list();
    }

    private static LinkRow linkRow(ResultSet rs, int row) throws SQLException {
        return new LinkRow(
                rs.getLong("id"),
                LinkType.valueOf(rs.getString("type")),
                rs.getBoolean("outgoing"),
                rs.getString("slug"),
                rs.getString("statement"),
                rs.getString("note"));
    }
}
