package org.claimtrail.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.form.TextSearch;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.search.FilterValues;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a reader narrowed the timeline to, as it stands in the URL: story and actor by slug,
 * claim status, topic tag, and a date range. {@code from}/{@code to} take a year, month or day
 * ("2022", "2022-10", "2022-10-24"); an entry matches when its range overlaps theirs. A value
 * that cannot be read is a {@link ParameterProblem}: the page sets it aside and says so, the API
 * and the exports refuse it.
 */
public record TimelineFilter(String story, String actor, String status, String topic, String from, String to) {

    public static final TimelineFilter NONE = new TimelineFilter(null, null, null, null, null, null);

    public TimelineFilter {
        story = TextSearch.clean(story, 200);
        actor = TextSearch.clean(actor, 200);
        status = TextSearch.clean(status, 30);
        topic = TextSearch.clean(topic, 200);
        from = TextSearch.clean(from, 40);
        to = TextSearch.clean(to, 40);
    }

    /** The values that cannot be read, each with what to write instead. */
    public List<ParameterProblem> problems() {
        List<ParameterProblem> problems = new ArrayList<>();
        FilterValues.dateProblem("from", from).ifPresent(problems::add);
        FilterValues.dateProblem("to", to).ifPresent(problems::add);
        FilterValues.unknownValue("status", status, ClaimStatus.values()).ifPresent(problems::add);
        return problems;
    }

    /** The same filter without the values that cannot be read: what a page shows when it sets them aside. */
    public TimelineFilter readable() {
        return new TimelineFilter(
                story,
                actor,
                statusValue() == null ? null : status,
                topic,
                fromDay() == null ? null : from,
                toDay() == null ? null : to);
    }

    LocalDate fromDay() {
        return FilterValues.day(from, true);
    }

    LocalDate toDay() {
        return FilterValues.day(to, false);
    }

    ClaimStatus statusValue() {
        return status == null
                ? null
                : Arrays.stream(ClaimStatus.values())
                        .filter(s -> s.name().equals(status))
                        .findFirst()
                        .orElse(null);
    }

    /** The filter's parameters that are set, name → value, for forms that must carry it. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("story", story);
        parameters.put("actor", actor);
        parameters.put("status", status);
        parameters.put("topic", topic);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.values().removeIf(java.util.Objects::isNull);
        return parameters;
    }

    /** The same filter as query parameters, for links that must carry it (CSV download, paging). */
    public String toQueryString() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        parameters().forEach(builder::queryParam);
        String query = builder.encode().build().getQuery();
        return query == null ? "" : query;
    }
}
