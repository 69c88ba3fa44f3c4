package org.claimtrail.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.claim.Stance;
import org.claimtrail.form.TextSearch;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.source.SourceKind;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search of claims as it stands in the URL (/claims and /api/claims read the same parameters
 * the same way). A value that cannot be read is set aside and reported as a
 * {@link ParameterProblem}: pages show it as a notice, the API answers 400.
 */
public record ClaimSearchCriteria(
        String q,
        String story,
        String status,
        String actor,
        String stance,
        String topic,
        String sourceKind,
        String from,
        String to,
        String sort,
        String after,
        String before,
        String last) {

    /** Longer queries add nothing to a search and cost the database time. */
    public static final int MAX_QUERY_LENGTH = 300;

    /** Undated claims sort last either way: as the last day there is, or the first. */
    private static final Keyset.Column EVENT_DATE_ASCENDING =
            Keyset.date("coalesce(c.event_earliest, c.event_latest, '9999-12-31'::date)");

    private static final Keyset.Column EVENT_DATE_DESCENDING =
            Keyset.date("coalesce(c.event_earliest, c.event_latest, '0001-01-01'::date)");

    public enum Sort {
        RELEVANCE("relevance", Keyset.ascending(Keyset.number("position"))),
        DATE("date", Keyset.ascending(EVENT_DATE_ASCENDING, Keyset.number("c.id"))),
        DATE_DESC("date-desc", Keyset.descending(EVENT_DATE_DESCENDING, Keyset.number("c.id"))),
        NEWEST("newest", Keyset.descending(Keyset.number("c.id")));

        private final String param;
        private final Keyset keyset;

        Sort(String param, Keyset keyset) {
            this.param = param;
            this.keyset = keyset;
        }

        public String code() {
            return param;
        }

        Keyset keyset() {
            return keyset;
        }

        /** The SQL of the date this sort orders by, or null for a sort that is not by date. */
        String dateExpression() {
            return this == DATE
                    ? EVENT_DATE_ASCENDING.expression()
                    : this == DATE_DESC ? EVENT_DATE_DESCENDING.expression() : null;
        }

        /** A sort that is none of the orders (the list then takes its default order), and the ones to use. */
        public static Optional<ParameterProblem> unknown(String param) {
            String text = TextSearch.clean(param, 20);
            if (text == null || Arrays.stream(values()).anyMatch(s -> s.param.equals(text))) {
                return Optional.empty();
            }
            return Optional.of(new ParameterProblem(
                    "sort",
                    "“" + text + "” is not an order we know. Use "
                            + "one of relevance (with q), date, date-desc, newest."));
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
        q = TextSearch.clean(q, MAX_QUERY_LENGTH);
        story = TextSearch.clean(story, 200);
        status = TextSearch.clean(status, 30);
        actor = TextSearch.clean(actor, 200);
        stance = TextSearch.clean(stance, 30);
        topic = TextSearch.clean(topic, 200);
        sourceKind = TextSearch.clean(sourceKind, 30);
        from = TextSearch.clean(from, 40);
        to = TextSearch.clean(to, 40);
        sort = Sort.of(TextSearch.clean(sort, 20), q != null).code();
        after = TextSearch.clean(after, 1000);
        before = TextSearch.clean(before, 1000);
    }

    /** A search by the values a list page or the API was given, without paging. */
    public static ClaimSearchCriteria filters(
            String q,
            String story,
            String status,
            String actor,
            String stance,
            String topic,
            String sourceKind,
            String from,
            String to,
            String sort) {
        return new ClaimSearchCriteria(
                q, story, status, actor, stance, topic, sourceKind, from, to, sort, null, null, null);
    }

    public ClaimSearchCriteria page(PageParams paging) {
        return new ClaimSearchCriteria(
                q,
                story,
                status,
                actor,
                stance,
                topic,
                sourceKind,
                from,
                to,
                sort,
                paging.after(),
                paging.before(),
                paging.last());
    }

    public Sort sortOrder() {
        return Sort.of(sort, q != null);
    }

    /** The page asked for, of {@code size} rows; an unreadable cursor starts at the first page. */
    PageRequest pageRequest(int size, List<ParameterProblem> problems) {
        return new PageParams(after, before, last).read(size, sortOrder().keyset(), problems);
    }

    LocalDate fromDay() {
        return FilterValues.day(from, true);
    }

    LocalDate toDay() {
        return FilterValues.day(to, false);
    }

    String statusFilter() {
        return known(status, ClaimStatus.values()) ? status : null;
    }

    String stanceFilter() {
        return known(stance, Stance.values()) ? stance : null;
    }

    String sourceKindFilter() {
        return known(sourceKind, SourceKind.values()) ? sourceKind : null;
    }

    /** The values that could not be read, each with what a reader should write instead. */
    public List<ParameterProblem> problems() {
        List<ParameterProblem> problems = new ArrayList<>();
        FilterValues.dateProblem("from", from).ifPresent(problems::add);
        FilterValues.dateProblem("to", to).ifPresent(problems::add);
        FilterValues.unknownValue("status", status, ClaimStatus.values()).ifPresent(problems::add);
        FilterValues.unknownValue("stance", stance, Stance.values()).ifPresent(problems::add);
        FilterValues.unknownValue("sourceKind", sourceKind, SourceKind.values()).ifPresent(problems::add);
        pageRequest(1, problems);
        return problems;
    }

    /** What {@link #problems} say, for a page's notices. */
    public List<String> notices() {
        return problems().stream().map(ParameterProblem::message).toList();
    }

    /** The active filters (not the query, sort or position), name → value, for "no results" and clearing. */
    public Map<String, String> activeFilters() {
        Map<String, String> active = new LinkedHashMap<>();
        put(active, "story", story);
        put(active, "status", statusFilter());
        put(active, "actor", actor);
        put(active, "stance", stanceFilter());
        put(active, "topic", topic);
        put(active, "sourceKind", sourceKindFilter());
        put(active, "from", fromDay() == null ? null : from);
        put(active, "to", toDay() == null ? null : to);
        return active;
    }

    public boolean isFiltered() {
        return q != null || !activeFilters().isEmpty();
    }

    /** This search as a query string without {@code leaveOut} (a filter to clear), from its first page. */
    public String queryString(String leaveOut) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.putAll(activeFilters());
        params.put("sort", sort.equals(Sort.of(null, q != null).code()) ? null : sort);
        params.forEach((name, value) -> {
            if (value != null && !name.equals(leaveOut)) {
                builder.queryParam(name, value);
            }
        });
        String query = builder.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static <E extends Enum<E>> boolean known(String value, E[] values) {
        return FilterValues.isOneOf(value, values);
    }

    private static void put(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
