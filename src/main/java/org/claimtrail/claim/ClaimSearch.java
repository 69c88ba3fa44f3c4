package org.claimtrail.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * /claims search: PostgreSQL full-text search (websearch_to_tsquery over the claim's
 * database-maintained tsvector, ranked, highlighted with ts_headline) combined with filters.
 * A page costs the same few statements at any size: ids, count, headlines, then the claims.
 */
@Service
@Transactional(readOnly = true)
public class ClaimSearch {

    public static final int PAGE_SIZE = 50;

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

    private final EntityManager entityManager;
    private final ClaimRepository claims;

    ClaimSearch(EntityManager entityManager, ClaimRepository claims) {
        this.entityManager = entityManager;
        this.claims = claims;
    }

    /** One claim in the results, with highlighted HTML (escaped, then marked) when searching. */
    public record Hit(Claim claim, String statementHtml, String quoteHtml) {
    }

    public record Results(List<Hit> hits, long total, ClaimSearchCriteria criteria, int pageSize) {

        public int totalPages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasNext() {
            return criteria.page() < totalPages();
        }

        public boolean hasPrevious() {
            return criteria.page() > 1;
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
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        String from = criteria.q() == null ? " from claim c " : " from claim c, websearch_to_tsquery('english', :q) query ";

        Query idQuery = entityManager.createNativeQuery("select c.id" + from + where + orderBy(criteria)
                + " limit " + pageSize + " offset :offset");
        params.forEach(idQuery::setParameter);
        idQuery.setParameter("offset", (long) (criteria.page() - 1) * pageSize);
        List<Long> ids = ((List<?>) idQuery.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();

        Query countQuery = entityManager.createNativeQuery("select count(*)" + from + where);
        params.forEach(countQuery::setParameter);
        long total = ((Number) countQuery.getSingleResult()).longValue();

        Map<Long, String[]> headlines = criteria.q() == null || !highlight ? Map.of() : headlines(ids, criteria.q());
        Map<Long, Claim> byId = claims.findWithSummaryByIdIn(ids).stream()
                .collect(Collectors.toMap(Claim::getId, Function.identity()));
        List<Hit> hits = new ArrayList<>();
        for (Long id : ids) {
            String[] marked = headlines.get(id);
            Claim claim = byId.get(id);
            hits.add(new Hit(claim, marked == null ? HtmlUtils.htmlEscape(claim.getStatement(), "UTF-8") : marked[0],
                    marked == null ? null : marked[1]));
        }
        return new Results(hits, total, criteria, pageSize);
    }

    private Map<Long, String[]> headlines(List<Long> ids, String q) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query query = entityManager.createNativeQuery("""
                select c.id,
                       ts_headline('english', left(c.statement, :characters), query, :options),
                       (select ts_headline('english', string_agg(matching.quote, ' … '), query, :options)
                          from (select left(a.quote, :characters) as quote from attribution a
                                 where a.claim_id = c.id and a.withdrawn_at is null and a.quote_vector @@ query
                                 order by a.id limit :quotes) matching)
                from claim c, websearch_to_tsquery('english', :q) query
                where c.id in (:ids)""");
        query.setParameter("options", HEADLINE_OPTIONS).setParameter("q", q).setParameter("ids", ids)
                .setParameter("characters", HIGHLIGHTED_CHARACTERS).setParameter("quotes", HIGHLIGHTED_QUOTES);
        Map<Long, String[]> result = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            result.put(((Number) columns[0]).longValue(), new String[]{mark((String) columns[1]), mark((String) columns[2])});
        }
        return result;
    }

    /** Escapes everything, then turns only our own match markers into mark elements. */
    static String mark(String highlighted) {
        if (highlighted == null) {
            return null;
        }
        return HtmlUtils.htmlEscape(highlighted, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
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
        if (c.status() != null) {
            conditions.add("c.status = :status");
            params.put("status", c.status());
        }
        if (c.actor() != null) {
            conditions.add("""
                    (exists (select 1 from claim_subject cs join actor ac on ac.id = cs.actor_id
                             where cs.claim_id = c.id and ac.slug = :actor)
                     or exists (select 1 from attribution a join actor ac on ac.id = a.speaker_id
                                where a.claim_id = c.id and ac.slug = :actor and a.withdrawn_at is null))""");
            params.put("actor", c.actor());
        }
        if (c.stance() != null) {
            conditions.add("exists (select 1 from attribution a where a.claim_id = c.id and a.stance = :stance and a.withdrawn_at is null)");
            params.put("stance", c.stance());
        }
        if (c.topic() != null) {
            conditions.add("c.topics @> array[cast(:topic as text)]");
            params.put("topic", c.topic());
        }
        if (c.sourceKind() != null) {
            conditions.add("""
                    exists (select 1 from attribution a join source s on s.id = a.source_id
                            where a.claim_id = c.id and s.kind = :sourceKind and a.withdrawn_at is null)""");
            params.put("sourceKind", c.sourceKind());
        }
        if (c.fromDay() != null) {
            conditions.add("c.event_edtf is not null and (c.event_latest is null or c.event_latest >= :from)");
            params.put("from", c.fromDay());
        }
        if (c.toDay() != null) {
            conditions.add("c.event_edtf is not null and (c.event_earliest is null or c.event_earliest <= :to)");
            params.put("to", c.toDay());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String orderBy(ClaimSearchCriteria c) {
        return switch (c.sortOrder()) {
            case RELEVANCE -> " order by ts_rank_cd(c.search_vector, query) desc, c.id";
            case DATE -> " order by coalesce(c.event_earliest, c.event_latest) asc nulls last, c.id";
            case DATE_DESC -> " order by coalesce(c.event_earliest, c.event_latest) desc nulls last, c.id desc";
            case NEWEST -> " order by c.id desc";
        };
    }
}
