package org.claimtrail.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written relative to when the source was written, as reporting writes them: "late last
 * year", "this year", "last month", "on Tuesday", "earlier this week", "two years ago". Read only
 * against the source's own date (a day): the same words in a report of 24 October 2024 and in one
 * of 3 January 2025 are different dates, so without that day they are refused, never guessed.
 */
final class RelativeDates {

    private static final String WEEKDAY = "(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern RELATIVE =
            Pattern.compile("\\b(last|this|next|yesterday|today|tonight|ago|earlier)\\b|\\b" + WEEKDAY + "\\b");
    private static final Pattern ON_WEEKDAY =
            Pattern.compile("(?:on |last )?" + WEEKDAY + "(?: night| morning| evening)?");
    private static final Pattern EARLIER_THIS = Pattern.compile("earlier this (?<unit>week|month|year)");
    private static final Pattern WEEK = Pattern.compile("(?<which>this|last|next) week");
    private static final Pattern AGO = Pattern.compile(
            "(?<count>\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?<unit>day|week|month|year)s? ago");

    private RelativeDates() {}

    /** True when the (lower-case) text has words that only a reference date makes a date. */
    static boolean isRelative(String text) {
        return RELATIVE.matcher(text).find();
    }

    /** The EDTF for relative words against the day they were written on, or null when they do not read. */
    static String read(String typed, String text, LocalDate writtenOn) {
        if (writtenOn == null) {
            throw new InvalidEdtfException(
                    typed, "these words need the day the source was written: choose the source, or write the date");
        }
        String special = special(text, writtenOn);
        if (special != null) {
            return special;
        }
        String absolute = absolute(text, writtenOn);
        return absolute == null ? null : WrittenDates.written(absolute);
    }

    /**
     * The words with the relative part written out ("late last year" → "late 2023"), for a label
     * readers can follow; null for words that do not read so.
     */
    static String absolute(String text, LocalDate writtenOn) {
        YearMonth month = YearMonth.from(writtenOn);
        String absolute = text.replaceAll("\\blast year\\b", String.valueOf(writtenOn.getYear() - 1))
                .replaceAll("\\bthis year\\b", String.valueOf(writtenOn.getYear()))
                .replaceAll("\\bnext year\\b", String.valueOf(writtenOn.getYear() + 1))
                .replaceAll("\\blast month\\b", monthName(month.minusMonths(1)))
                .replaceAll("\\bthis month\\b", monthName(month))
                .replaceAll("\\bnext month\\b", monthName(month.plusMonths(1)))
                .replaceFirst("^in ", "");
        return absolute.equals(text) || isRelative(absolute) ? null : absolute;
    }

    private static String special(String text, LocalDate on) {
        Matcher m;
        if (text.equals("today") || text.equals("tonight") || text.equals("this morning")) {
            return on.toString();
        }
        if (text.equals("yesterday")) {
            return on.minusDays(1).toString();
        }
        if ((m = ON_WEEKDAY.matcher(text)).matches()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
            // The latest such day on or before the report's: "on Tuesday" in Thursday's paper.
            LocalDate date = on.with(TemporalAdjusters.previousOrSame(day));
            return (text.startsWith("last ") && date.equals(on) ? date.minusWeeks(1) : date).toString();
        }
        if ((m = EARLIER_THIS.matcher(text)).matches()) {
            LocalDate start = switch (m.group("unit")) {
                case "week" -> on.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case "month" -> on.withDayOfMonth(1);
                default -> on.withDayOfYear(1);
            };
            return start.isBefore(on) ? start + "/" + on : on.toString();
        }
        if ((m = WEEK.matcher(text)).matches()) {
            int weeks = switch (m.group("which")) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            LocalDate monday =
                    on.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
            return monday + "/" + monday.plusDays(6);
        }
        if ((m = AGO.matcher(text)).matches()) {
            int count = count(m.group("count"));
            return switch (m.group("unit")) {
                case "day" -> on.minusDays(count).toString();
                case "week" -> {
                    LocalDate monday = on.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .minusWeeks(count);
                    yield monday + "/" + monday.plusDays(6);
                }
                case "month" -> YearMonth.from(on).minusMonths(count).toString();
                default -> String.valueOf(on.getYear() - count);
            };
        }
        return null;
    }

    private static int count(String word) {
        return switch (word) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.parseInt(word);
        };
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT) + " "
                + month.getYear();
    }
}
