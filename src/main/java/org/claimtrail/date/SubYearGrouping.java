package org.claimtrail.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;

/**
 * ISO 8601-2 sub-year groupings that EDTF writes in the month position. A grouping that runs
 * past December (winter) ends in February of the following year.
 */
enum SubYearGrouping {
    SPRING(21, 3, 5, "spring"),
    SUMMER(22, 6, 8, "summer"),
    AUTUMN(23, 9, 11, "autumn"),
    WINTER(24, 12, 14, "winter"),
    SPRING_NORTH(25, 3, 5, "spring (northern hemisphere)"),
    SUMMER_NORTH(26, 6, 8, "summer (northern hemisphere)"),
    AUTUMN_NORTH(27, 9, 11, "autumn (northern hemisphere)"),
    WINTER_NORTH(28, 12, 14, "winter (northern hemisphere)"),
    SPRING_SOUTH(29, 9, 11, "spring (southern hemisphere)"),
    SUMMER_SOUTH(30, 12, 14, "summer (southern hemisphere)"),
    AUTUMN_SOUTH(31, 3, 5, "autumn (southern hemisphere)"),
    WINTER_SOUTH(32, 6, 8, "winter (southern hemisphere)"),
    QUARTER_1(33, 1, 3, "Q1"),
    QUARTER_2(34, 4, 6, "Q2"),
    QUARTER_3(35, 7, 9, "Q3"),
    QUARTER_4(36, 10, 12, "Q4"),
    QUADRIMESTER_1(37, 1, 4, "January–April"),
    QUADRIMESTER_2(38, 5, 8, "May–August"),
    QUADRIMESTER_3(39, 9, 12, "September–December"),
    SEMESTER_1(40, 1, 6, "first half of"),
    SEMESTER_2(41, 7, 12, "second half of");

    private final int code;
    private final int firstMonth;
    /** 13 and 14 stand for January and February of the next year. */
    private final int lastMonth;

    private final String name;

    SubYearGrouping(int code, int firstMonth, int lastMonth, String name) {
        this.code = code;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
        this.name = name;
    }

    static Optional<SubYearGrouping> ofCode(int code) {
        return Arrays.stream(values()).filter(g -> g.code == code).findFirst();
    }

    LocalDate firstDay(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    LocalDate lastDay(int year) {
        int endYear = lastMonth > 12 ? year + 1 : year;
        int endMonth = lastMonth > 12 ? lastMonth - 12 : lastMonth;
        return YearMonth.of(endYear, endMonth).atEndOfMonth();
    }

    String describe(int year) {
        return name + " " + year;
    }
}
