package org.claimtrail.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the part of the Extended Date/Time Format (ISO 8601-2, Levels 0 and 1, plus sub-year
 * groupings) that news reporting needs. Pure and stateless; every refusal says what is wrong and
 * shows a valid example, because editors type these by hand.
 */
final class EdtfParser {

    private static final Pattern DATE = Pattern.compile(
            "(?<year>\\d{4}|\\d{3}X|\\d{2}XX|\\dXXX)(?:-(?<month>\\d{2}|XX)(?:-(?<day>\\d{2}|XX))?)?(?<qualifier>[?~%])?");

    private EdtfParser() {}

    /** A parsed value: a single date or an interval, each end possibly open ({@code ..}) or unknown (empty). */
    record Parsed(EdtfDate start, Endpoint startKind, EdtfDate end, Endpoint endKind) {

        boolean isInterval() {
            return end != null || endKind != Endpoint.DATE;
        }

        LocalDate earliest() {
            return start == null ? null : start.earliest();
        }

        LocalDate latest() {
            EdtfDate last = isInterval() ? end : start;
            return last == null ? null : last.latest();
        }

        String describe() {
            if (!isInterval()) {
                return start.describe();
            }
            if (startKind == Endpoint.OPEN) {
                return "until " + end.describe();
            }
            if (endKind == Endpoint.OPEN) {
                return start.describe() + " onwards";
            }
            return describeEnd(start, startKind) + " – " + describeEnd(end, endKind);
        }

        DateParts startParts() {
            return start == null ? null : start.parts();
        }

        DateParts endParts() {
            return isInterval() && end != null ? end.parts() : null;
        }

        boolean plain() {
            return !isInterval() && start.plain();
        }

        boolean approximate() {
            return (start != null && start.qualifier().approximate())
                    || (end != null && end.qualifier().approximate());
        }

        boolean uncertain() {
            return (start != null && start.qualifier().uncertain())
                    || (end != null && end.qualifier().uncertain());
        }

        private static String describeEnd(EdtfDate date, Endpoint kind) {
            return kind == Endpoint.UNKNOWN ? "?" : date.describe();
        }
    }

    enum Endpoint {
        DATE,
        OPEN,
        UNKNOWN
    }

    static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text, "it is empty");
        }
        if (!text.equals(text.strip())) {
            throw invalid(text, "it has spaces around it");
        }
        if (text.matches("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}")) {
            throw invalid(text, "dates are written year first (YYYY-MM-DD)");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return new Parsed(parseDate(text, text), Endpoint.DATE, null, Endpoint.DATE);
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            throw invalid(text, "an interval has exactly one '/'");
        }
        String startText = text.substring(0, slash);
        String endText = text.substring(slash + 1);
        Endpoint startKind = endpointKind(startText);
        Endpoint endKind = endpointKind(endText);
        if (startKind != Endpoint.DATE && endKind != Endpoint.DATE) {
            throw invalid(text, "an interval needs at least one date at either end");
        }
        EdtfDate start = startKind == Endpoint.DATE ? parseDate(startText, text) : null;
        EdtfDate end = endKind == Endpoint.DATE ? parseDate(endText, text) : null;
        if (start != null && end != null && start.earliest().isAfter(end.latest())) {
            throw invalid(text, "the interval ends before it starts");
        }
        return new Parsed(start, startKind, end, endKind);
    }

    private static Endpoint endpointKind(String part) {
        if (part.isEmpty()) {
            return Endpoint.UNKNOWN;
        }
        return "..".equals(part) ? Endpoint.OPEN : Endpoint.DATE;
    }

    private static EdtfDate parseDate(String part, String whole) {
        Matcher m = DATE.matcher(part);
        if (!m.matches()) {
            throw invalid(whole, explainShape(part));
        }
        String yearText = m.group("year");
        int unspecifiedYearDigits = (int) yearText.chars().filter(c -> c == 'X').count();
        int year = Integer.parseInt(yearText.replace('X', '0'));
        if (year == 0 && unspecifiedYearDigits == 0) {
            throw invalid(whole, "year 0000 is not supported; use years from 0001");
        }
        if (year == 0) {
            year = 1; // "0XXX" still starts at the first supported year
        }
        String monthText = m.group("month");
        String dayText = m.group("day");
        Qualifier qualifier = Qualifier.of(m.group("qualifier"));
        if (monthText == null) {
            return new EdtfDate(year, unspecifiedYearDigits, 0, false, null, 0, false, qualifier);
        }
        if (unspecifiedYearDigits > 0) {
            throw invalid(whole, "a year with unspecified digits (X) cannot have a month or day");
        }
        if ("XX".equals(monthText)) {
            if (dayText != null && !"XX".equals(dayText)) {
                throw invalid(whole, "with an unspecified month (XX) the day must be unspecified too (XX)");
            }
            return new EdtfDate(year, 0, 0, true, null, 0, dayText != null, qualifier);
        }
        int monthNumber = Integer.parseInt(monthText);
        if (monthNumber >= 21) {
            SubYearGrouping grouping = SubYearGrouping.ofCode(monthNumber)
                    .orElseThrow(
                            () -> invalid(
                                    whole,
                                    "there is no month or season " + monthText
                                            + " (use 01–12 for months, 21–24 for seasons, 33–36 for quarters, 40–41 for halves)"));
            if (dayText != null) {
                throw invalid(whole, "a season, quarter or half-year cannot have a day");
            }
            return new EdtfDate(year, 0, 0, false, grouping, 0, false, qualifier);
        }
        if (monthNumber < 1 || monthNumber > 12) {
            throw invalid(
                    whole,
                    "month " + monthText + " does not exist (use 01–12, or 21–41 for seasons, quarters and halves)");
        }
        if (dayText == null || "XX".equals(dayText)) {
            return new EdtfDate(year, 0, monthNumber, false, null, 0, dayText != null, qualifier);
        }
        int dayNumber = Integer.parseInt(dayText);
        try {
            LocalDate.of(year, monthNumber, dayNumber);
        } catch (DateTimeException e) {
            throw invalid(whole, "day " + dayText + " does not exist in " + YearMonth.of(year, monthNumber));
        }
        return new EdtfDate(year, 0, monthNumber, false, null, dayNumber, false, qualifier);
    }

    private static String explainShape(String part) {
        if (part.contains("x")) {
            return "unspecified digits are written with a capital X, as in 201X";
        }
        if (part.matches(".*[?~%].+")) {
            return "a qualifier (~ ? %) goes at the end of the date";
        }
        if (part.matches("\\d{1,3}(-.*)?") || part.matches("\\d{5,}.*")) {
            return "the year must have four digits";
        }
        if (part.matches("\\d{4}-\\d(-.*)?|\\d{4}-\\d{2}-\\d")) {
            return "months and days have two digits (2021-04-05)";
        }
        return "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %";
    }

    private static InvalidEdtfException invalid(String input, String reason) {
        return new InvalidEdtfException(input, reason);
    }
}
