package org.claimtrail.date;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * One EDTF date that is not an interval: a year (trailing digits may be unspecified, {@code 201X}),
 * optionally a month ({@code XX} when unspecified) or a sub-year grouping (21–41), optionally a day,
 * and at most one qualifier for the whole date.
 *
 * @param year          the year with unspecified digits counted as 0 ({@code 201X} → 2010)
 * @param unspecifiedYearDigits how many trailing year digits are {@code X}
 * @param month         1–12, or 0 when absent or unspecified
 * @param monthUnspecified true for {@code XX} in the month position
 * @param grouping      the sub-year grouping (seasons, quarters, …), or null
 * @param day           1–31, or 0 when absent or unspecified
 * @param dayUnspecified true for {@code XX} in the day position
 * @param qualifier     uncertainty or approximation of the whole date
 */
record EdtfDate(
        int year,
        int unspecifiedYearDigits,
        int month,
        boolean monthUnspecified,
        SubYearGrouping grouping,
        int day,
        boolean dayUnspecified,
        Qualifier qualifier) {

    LocalDate earliest() {
        if (grouping != null) {
            return grouping.firstDay(year);
        }
        if (month == 0) {
            return LocalDate.of(year, 1, 1);
        }
        return LocalDate.of(year, month, day == 0 ? 1 : day);
    }

    LocalDate latest() {
        if (grouping != null) {
            return grouping.lastDay(year);
        }
        if (month == 0) {
            int lastYear = year + (int) Math.pow(10, unspecifiedYearDigits) - 1;
            return LocalDate.of(lastYear, 12, 31);
        }
        if (day == 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, month, day);
    }

    /** Only the fields this date states; seasons and unspecified digits state the year alone. */
    DateParts parts() {
        boolean monthStated = grouping == null && month > 0;
        return new DateParts(year, monthStated ? month : null, monthStated && day > 0 ? day : null);
    }

    /** A plain calendar date, month or year with nothing approximate, uncertain or unspecified. */
    boolean plain() {
        return grouping == null
                && unspecifiedYearDigits == 0
                && !monthUnspecified
                && !dayUnspecified
                && qualifier == Qualifier.NONE;
    }

    /** Plain English for readers: "24 October 2024", "April 2021", "spring 2021", "2010s". */
    String describe() {
        String text;
        if (grouping != null) {
            text = grouping.describe(year);
        } else if (unspecifiedYearDigits == 1) {
            text = year + "s";
        } else if (unspecifiedYearDigits > 1) {
            // "1900s" would read as a decade: a century (or more) is written as its years.
            text = year + "–" + (year + (int) Math.pow(10, unspecifiedYearDigits) - 1);
        } else if (month == 0) {
            text = monthUnspecified ? year + " (month unknown)" : String.valueOf(year);
        } else {
            String monthYear = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
            if (day > 0) {
                text = day + " " + monthYear;
            } else {
                text = dayUnspecified ? monthYear + " (day unknown)" : monthYear;
            }
        }
        return qualifier.decorate(text);
    }
}
