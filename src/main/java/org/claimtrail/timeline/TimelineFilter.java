package org.claimtrail.timeline;

import org.claimtrail.claim.ClaimStatus;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.date.InvalidEdtfException;
import org.claimtrail.form.TextSearch;
import org.claimtrail.paging.ParameterProblem;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        if (from != null && bound(from) == null) {
            problems.add(dateProblem("from", from));
        }
        if (to != null && bound(to) == null) {
            problems.add(dateProblem("to", to));
        }
        if (status != null && statusValue() == null) {
            problems.add(new ParameterProblem("status", "“" + status + "” is not a claim status, so that filter is set "
                    + "aside. Use one of " + String.join(", ", Arrays.stream(ClaimStatus.values()).map(Enum::name).toList())
                    + "."));
        }
        return problems;
    }

    /** The same filter without the values that cannot be read: what a page shows when it sets them aside. */
    public TimelineFilter readable() {
        return new TimelineFilter(story, actor, statusValue() == null ? null : status, topic,
                from != null && bound(from) == null ? null : from, to != null && bound(to) == null ? null : to);
    }

    LocalDate fromDay() {
        FuzzyDate date = from == null ? null : bound(from);
        return date == null ? null : date.earliest();
    }

    LocalDate toDay() {
        FuzzyDate date = to == null ? null : bound(to);
        return date == null ? null : date.latest();
    }

    ClaimStatus statusValue() {
        return status == null ? null : Arrays.stream(ClaimStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
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

    private static FuzzyDate bound(String text) {
        try {
            FuzzyDate date = FuzzyDate.read(text);
            return date.isInterval() ? null : date;
        } catch (InvalidEdtfException e) {
            return null;
        }
    }

    private static ParameterProblem dateProblem(String parameter, String value) {
        String why;
        try {
            FuzzyDate.read(value);
            why = "it is a span, not one date";
        } catch (InvalidEdtfException e) {
            why = e.reason();
        }
        return new ParameterProblem(parameter, "The “" + parameter + "” filter “" + value + "” is not a date (" + why
                + "), so it is set aside. Use a year, month or day, such as 2022, Oct 2024 or 26 October 2024.");
    }
}
