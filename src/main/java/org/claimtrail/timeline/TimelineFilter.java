package org.claimtrail.timeline;

import org.claimtrail.date.FuzzyDate;
import org.claimtrail.date.InvalidEdtfException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;

/**
 * What a reader narrowed the timeline to, as it stands in the URL: story and actor by slug,
 * claim status, topic tag, and a date range. {@code from}/{@code to} take a year, month or day
 * ("2022", "2022-10", "2022-10-24"); an entry matches when its range overlaps theirs.
 */
public record TimelineFilter(String story, String actor, String status, String topic, String from, String to) {

    public static final TimelineFilter NONE = new TimelineFilter(null, null, null, null, null, null);

    public TimelineFilter {
        story = blankToNull(story);
        actor = blankToNull(actor);
        status = blankToNull(status);
        topic = blankToNull(topic);
        from = blankToNull(from);
        to = blankToNull(to);
    }

    LocalDate fromDay() {
        return from == null ? null : bound("from", from).earliest();
    }

    LocalDate toDay() {
        return to == null ? null : bound("to", to).latest();
    }

    /** Refuses a malformed filter with a 400 that says which parameter and why. */
    void validate() {
        fromDay();
        toDay();
        if (status != null && !status.matches("[A-Z_]{1,30}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The parameter 'status' must be one of REPORTED, CONFIRMED, DISPUTED, DENIED, FALSE, RETRACTED.");
        }
    }

    /** The same filter as query parameters, for links that must carry it (CSV download, paging). */
    public String toQueryString() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        add(builder, "story", story);
        add(builder, "actor", actor);
        add(builder, "status", status);
        add(builder, "topic", topic);
        add(builder, "from", from);
        add(builder, "to", to);
        String query = builder.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder builder, String name, String value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    private static FuzzyDate bound(String parameter, String text) {
        try {
            FuzzyDate date = FuzzyDate.parse(text);
            if (date.isInterval()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "The parameter '" + parameter + "' takes one year, month or day, such as 2022 or 2022-10-24.");
            }
            return date;
        } catch (InvalidEdtfException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The parameter '" + parameter + "' is not a date: " + e.reason() + ". Use a year, month or day, such as 2022 or 2022-10-24.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
