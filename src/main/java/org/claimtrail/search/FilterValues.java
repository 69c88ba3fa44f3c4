package org.claimtrail.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.date.InvalidEdtfException;
import org.claimtrail.paging.ParameterProblem;

/**
 * How every list reads its filter values, and what it says of one it cannot read: the claims list,
 * the timeline, their exports and the API, with one set of rules and one set of messages. Pages
 * set such a value aside with the message; the API refuses the request with it.
 */
public final class FilterValues {

    private FilterValues() {}

    /** Whether the value is one of the enum's names, exactly. */
    public static <E extends Enum<E>> boolean isOneOf(String value, E[] values) {
        return value != null && Arrays.stream(values).anyMatch(v -> v.name().equals(value));
    }

    /** A value that is none of the enum's names, and the names to use instead. */
    public static <E extends Enum<E>> Optional<ParameterProblem> unknownValue(
            String parameter, String value, E[] values) {
        if (value == null || isOneOf(value, values)) {
            return Optional.empty();
        }
        return Optional.of(new ParameterProblem(
                parameter,
                "“" + value + "” is not a " + parameter + " we know, so "
                        + "that filter is set aside. Use one of "
                        + String.join(
                                ", ", Arrays.stream(values).map(Enum::name).toList()) + "."));
    }

    /**
     * The first ({@code start}) or last day of a {@code from}/{@code to} filter: a year, month or
     * day, in EDTF or in words. Null when it is not one date (unreadable, or a span).
     */
    public static LocalDate day(String text, boolean start) {
        FuzzyDate date = bound(text);
        return date == null ? null : start ? date.earliest() : date.latest();
    }

    /** A {@code from}/{@code to} value that is not one date, and why. */
    public static Optional<ParameterProblem> dateProblem(String parameter, String text) {
        if (text == null || bound(text) != null) {
            return Optional.empty();
        }
        String why;
        try {
            FuzzyDate.read(text);
            why = "it is a span, not one date";
        } catch (InvalidEdtfException e) {
            why = e.reason();
        }
        return Optional.of(new ParameterProblem(
                parameter,
                "The “" + parameter + "” filter “" + text
                        + "” is not a date (" + why + "), so it is set aside. Use a year, month or day, such as 2022, "
                        + "Oct 2024 or 26 October 2024."));
    }

    private static FuzzyDate bound(String text) {
        if (text == null) {
            return null;
        }
        try {
            FuzzyDate date = FuzzyDate.read(text);
            return date.isInterval() ? null : date;
        } catch (InvalidEdtfException e) {
            return null;
        }
    }
}
