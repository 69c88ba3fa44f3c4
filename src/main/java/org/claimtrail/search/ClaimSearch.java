package org.claimtrail.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimRow;
import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Claims search: PostgreSQL full-text search (websearch_to_tsquery over the claim's
 * database-maintained tsvector) combined with filters, read a page at a time by keyset, so
 * depth costs nothing. Relevance ranks a capped candidate set, the newest matches, so a query
 * that matches half the corpus costs what one matching a thousand claims costs; counts stop at a
 * cap. A page costs the same few statements at any size: ids, count, rows, summaries, headlines.
 *
 * <p>Reads story, actor, attribution and source tables for its filters: that SQL is here only.
 */
@Service
@ReaderTransaction
public class ClaimSearch {

    public static final int PAGE_SIZE = 50;
    /** How many of the newest matches relevance ranks; beyond that, the reader is told to narrow. */
    public static final int RANKED_CANDIDATES = 1000;

    /** Marks ts_headline puts around matches: control characters no stored text contains. */
    private static final String START = "\u0002";

    private static final String STOP = "\u0003";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    /**
     * What a highlight may read, whatever the data: a claim with a hundred 10,000-character quotes
     * made one search page ten times slower. At most this many matching quotes per claim, and this
     * many characters of each (and of the statement).
     */
    static final int HIGHLIGHTED_QUOTES = 2;

    static final int HIGHLIGHTED_CHARACTERS = 2000;

    private final JdbcClient jdbc;
    private final ClaimQueries claims;

    ClaimSearch(JdbcClient jdbc, ClaimQueries claims) {
        this.jdbc = jdbc;
        this.claims = claims;
    }

    /** One claim in the results, with highlighted HTML (escaped, then marked) when searching. */
    public record Hit(ClaimRow claim, String statementHtml, String quoteHtml) {}

    /**
     * @param hits     this page of results
     * @param total    how many claims match, up to the count's cap (for relevance, up to the ranked set)
     * @param narrowed true when relevance ranked only the newest {@link #RANKED_CANDIDATES} matches
     */
    public record Results(Window<Hit> hits, Count total, ClaimSearchCriteria criteria, boolean narrowed) {

        public int rankedCandidates() {
            return RANKED_CANDIDATES;
        }
    }

    /** A page of /claims: matches highlighted. */
    public Results search(ClaimSearchCriteria criteria) {
        return search(criteria, PAGE_SIZE, true);
    }

    /** For readers that show no highlights (the API): the claims only. */
    public Results searchWithoutHighlights(ClaimSearchCriteria criteria, int pageSize) {
        return search(criteria, pageSize, false);
    }

    private Results search(ClaimSearchCriteria criteria, int pageSize, boolean highlight) {
        PageRequest page = criteria.pageRequest(pageSize, new ArrayList<ParameterProblem>());
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        String from =
                criteria.q() == null ? " from claim c " : " from claim c, websearch_to_tsquery('english', :q) query ";

        if (criteria.q() != null) {
            // How many claims a query matches decides the plan: walk the newest claims for common
            // words, read the text index for rare ones. A prepared statement's generic plan (used
            // after five runs) cannot know which, and read all 95,000 matches of two common words.
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
        Count total;
        Window<Long> ids;
        boolean narrowed = false;
        if (criteria.sortOrder() == ClaimSearchCriteria.Sort.RELEVANCE) {
            // One more than ranked: it tells whether there are older matches, so relevance needs
            // no separate count (which read up to 10,001 matches: a third of a broad search).
            List<Long> ranked = new ArrayList<>(jdbc.sql("select id from (select c.id, c.search_vector" + from + where
                            + " order by c.id desc limit " + (RANKED_CANDIDATES + 1) + ") c,"
                            + " websearch_to_tsquery('english', :q) query"
                            + " order by ts_rank_cd(c.search_vector, query) desc, c.id desc")
                    .params(params)
                    .query(Long.class)
                    .list());
            narrowed = ranked.size() > RANKED_CANDIDATES;
            if (narrowed) {
                ranked.remove(Collections.min(ranked)); // the oldest: the one beyond the ranked set
            }
            total = narrowed ? Count.moreThan(RANKED_CANDIDATES) : Count.exactly(ranked.size());
            ids = positions(ranked, page);
        } else {
            total = Count.of(jdbc.sql(Count.sql("select 1" + from + where))
                    .params(params)
                    .query(Long.class)
                    .single());
            Keyset keyset = criteria.sortOrder().keyset();
            String condition = keyset.condition(page, params);
            String date = criteria.sortOrder().dateExpression();
            List<Object[]> keys = jdbc.sql("select c.id, " + (date == null ? "null::date" : date) + from + where
                            + (where.isEmpty() ? " where " : " and ") + condition + " order by " + keyset.orderBy(page)
                            + " limit " + keyset.limit(page))
                    .params(params)
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, java.time.LocalDate.class)})
                    .list();
            boolean byDate = date != null;
            ids = Window.of(keys, page, k -> byDate ? Cursor.of(k[1], k[0]) : Cursor.of(k[0]))
                    .map(k -> (Long) k[0]);
        }

        Map<Long, String[]> headlines =
                criteria.q() == null || !highlight ? Map.of() : headlines(ids.items(), criteria.q());
        List<ClaimRow> rows = claims.rowsInOrder(ids.items());
        List<Hit> hits = new ArrayList<>();
        for (ClaimRow row : rows) {
            String[] marked = headlines.get(row.id());
            hits.add(new Hit(
                    row,
                    marked == null ? HtmlUtils.htmlEscape(row.statement(), "UTF-8") : marked[0],
                    marked == null ? null : marked[1]));
        }
        Window<Hit> window = new Window<>(hits, ids.firstKey(), ids.lastKey(), ids.hasPrevious(), ids.hasNext());
        return new Results(window, total, criteria, narrowed);
    }

    /** A page of the ranked candidates: their positions are the cursors. */
    private static Window<Long> positions(List<Long> ranked, PageRequest page) {
        int start;
        if (page.after() != null) {
            start = (int) Math.min(ranked.size(), number(page.after())) + 1;
        } else if (page.before() != null) {
            start = (int) Math.max(0, Math.min(ranked.size(), number(page.before())) - page.size());
        } else if (page.last()) {
            start = Math.max(0, (ranked.size() - 1) / page.size() * page.size());
        } else {
            start = 0;
        }
        start = Math.min(start, ranked.size());
        int end = Math.min(ranked.size(), start + page.size());
        if (start >= end) {
            return Window.empty();
        }
        return new Window<>(
                ranked.subList(start, end), Cursor.of(start), Cursor.of(end - 1), start > 0, end < ranked.size());
    }

    /** A position, kept between -1 and the end whatever a URL says. */
    private static long number(Cursor cursor) {
        return Math.max(-1, Math.min(RANKED_CANDIDATES, Long.parseLong(cursor.toString())));
    }

    private Map<Long, String[]> headlines(List<Long> ids, String q) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String[]> result = new LinkedHashMap<>();
        jdbc.sql("""
                select c.id,
                       ts_headline('english', left(c.statement, :characters), query, :options),
                       (select ts_headline('english', string_agg(matching.quote, ' … '), query, :options)
                          from (select left(a.quote, :characters) as quote from attribution a
                                 where a.claim_id = c.id and a.withdrawn_at is null and a.quote_vector @@ query
                                 order by a.id limit :quotes) matching)
                from claim c, websearch_to_tsquery('english', :q) query
                where c.id = any(cast(:ids as bigint[]))""")
                .param("options", HEADLINE_OPTIONS)
                .param("q", q)
                .param("ids", ids.toArray(Long[]::new))
                .param("characters", HIGHLIGHTED_CHARACTERS)
                .param("quotes", HIGHLIGHTED_QUOTES)
                .query(rs -> {
                    result.put(rs.getLong(1), new String[] {mark(rs.getString(2)), mark(rs.getString(3))});
                });
        return result;
    }

    /** Escapes everything, then turns only our own match markers into mark elements. */
    static String mark(String highlighted) {
        if (highlighted == null) {
            return null;
        }
        return HtmlUtils.htmlEscape(highlighted, "UTF-8")
                .replace(START, "<mark>")
                .replace(STOP, "</mark>");
    }

    private static String where(ClaimSearchCriteria c, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (c.q() != null) {
            conditions.add("c.search_vector @@ query");
            params.put("q", c.q());
        }
        if (c.story() != null) {
            conditions.add("c.story_id = (select id from story where slug = :story)");
            params.put("story", c.story());
        }
        if (c.statusFilter() != null) {
            conditions.add("c.status = :status");
            params.put("status", c.statusFilter());
        }
        if (c.actor() != null) {
            conditions.add("""
                    (exists (select 1 from claim_subject cs join actor ac on ac.id = cs.actor_id
                             where cs.claim_id = c.id and ac.slug = :actor)
                     or exists (select 1 from attribution a join actor ac on ac.id = a.speaker_id
                                where a.claim_id = c.id and ac.slug = :actor and a.withdrawn_at is null))""");
            params.put("actor", c.actor());
        }
        if (c.stanceFilter() != null) {
            conditions.add(
                    "exists (select 1 from attribution a where a.claim_id = c.id and a.stance = :stance and a.withdrawn_at is null)");
            params.put("stance", c.stanceFilter());
        }
        if (c.topic() != null) {
            conditions.add("c.topics @> array[cast(:topic as text)]");
            params.put("topic", c.topic());
        }
        if (c.sourceKindFilter() != null) {
            conditions.add("""
                    exists (select 1 from attribution a join source s on s.id = a.source_id
                            where a.claim_id = c.id and s.kind = :sourceKind and a.withdrawn_at is null)""");
            params.put("sourceKind", c.sourceKindFilter());
        }
        if (c.fromDay() != null) {
            conditions.add("c.event_edtf is not null and (c.event_latest is null or c.event_latest >= :from)");
            params.put("from", java.sql.Date.valueOf(c.fromDay()));
        }
        if (c.toDay() != null) {
            conditions.add("c.event_edtf is not null and (c.event_earliest is null or c.event_earliest <= :to)");
            params.put("to", java.sql.Date.valueOf(c.toDay()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
