package org.claimtrail.claim;

import org.claimtrail.date.FuzzyDate;
import org.claimtrail.date.InvalidEdtfException;
import org.claimtrail.form.TextSearch;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search of /claims as it stands in the URL. Forgiving by design: any text is a query, an
 * unreadable filter is set aside with a notice instead of failing the page.
 */
public record ClaimSearchCriteria(String q, String story, String status, String actor, String stance, String topic,
                                  String sourceKind, String from, String to, String sort, int page) {

    /** Longer queries add nothing to a search and cost the database time. */
    public static final int MAX_QUERY_LENGTH = 300;

    public enum Sort {
        RELEVANCE("relevance"), DATE("date"), DATE_DESC("date-desc"), NEWEST("newest");

        private final String param;

        Sort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        static Sort of(String param, boolean hasQuery) {
            for (Sort sort : values()) {
                if (sort.param.equals(param) && (sort != RELEVANCE || hasQuery)) {
                    return sort;
                }
            }
            return hasQuery ? RELEVANCE : DATE;
        }
    }

    public ClaimSearchCriteria {
        q = clean(q, MAX_QUERY_LENGTH);
        story = clean(story, 200);
        status = clean(status, 30);
        actor = clean(actor, 200);
        stance = clean(stance, 30);
        topic = clean(topic, 200);
        sourceKind = clean(sourceKind, 30);
        from = clean(from, 40);
        to = clean(to, 40);
        sort = Sort.of(clean(sort, 20), q != null).param();
        page = Math.max(page, 1);
    }

    public static ClaimSearchCriteria firstPage() {
        return new ClaimSearchCriteria(null, null, null, null, null, null, null, null, null, null, 1);
    }

    public Sort sortOrder() {
        return Sort.of(sort, q != null);
    }

    LocalDate fromDay() {
        return day(from, true);
    }

    LocalDate toDay() {
        return day(to, false);
    }

    /** Filters that could not be read and were therefore set aside, worded for the reader. */
    public List<String> notices() {
        List<String> notices = new ArrayList<>();
        if (from != null && fromDay() == null) {
            notices.add("“" + from + "” is not a date we can read, so the “from” filter is set aside. Use 2022, 2022-10 or 2022-10-24.");
        }
        if (to != null && toDay() == null) {
            notices.add("“" + to + "” is not a date we can read, so the “to” filter is set aside. Use 2022, 2022-10 or 2022-10-24.");
        }
        return notices;
    }

    /** The active filters (not the query, sort or page), name → value, for "no results" and clearing. */
    public Map<String, String> activeFilters() {
        Map<String, String> active = new LinkedHashMap<>();
        put(active, "story", story);
        put(active, "status", status);
        put(active, "actor", actor);
        put(active, "stance", stance);
        put(active, "topic", topic);
        put(active, "sourceKind", sourceKind);
        put(active, "from", fromDay() == null ? null : from);
        put(active, "to", toDay() == null ? null : to);
        return active;
    }

    public boolean isFiltered() {
        return q != null || !activeFilters().isEmpty();
    }

    /** This search as a query string, without {@code leaveOut} (a filter to clear) and for another page. */
    public String queryString(String leaveOut, Integer otherPage) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.putAll(activeFilters());
        params.put("sort", sort.equals(Sort.of(null, q != null).param()) ? null : sort);
        params.put("page", otherPage == null ? (page > 1 ? String.valueOf(page) : null)
                : (otherPage > 1 ? String.valueOf(otherPage) : null));
        params.forEach((name, value) -> {
            if (value != null && !name.equals(leaveOut)) {
                builder.queryParam(name, value);
            }
        });
        String query = builder.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static LocalDate day(String text, boolean start) {
        if (text == null) {
            return null;
        }
        try {
            FuzzyDate date = FuzzyDate.parse(text);
            return start ? date.earliest() : date.latest();
        } catch (InvalidEdtfException e) {
            return null;
        }
    }

    private static void put(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static String clean(String value, int maxLength) {
        return TextSearch.clean(value, maxLength);
    }
}
