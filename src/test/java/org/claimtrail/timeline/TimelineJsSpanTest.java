package org.claimtrail.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claimtrail.date.DateParts;
import org.claimtrail.date.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where TimelineJS draws an entry: as precise as its date and no more (issue 26). "late 2022"
 * exported as the year alone was drawn from January, eight months early.
 */
class TimelineJsSpanTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-39              | 2023-9 to 2023-12
            2022-21              | 2022-3 to 2022-5
            2022-39/2024-10      | 2022-9 to 2024-10
            2022-39/2024         | 2022-9 to 2024
            2021                 | 2021
            2019/2021            | 2019 to 2021
            2021-04~             | 2021-4
            2024-10-25           | 2024-10-25
            ../2021              | 2021
            2022-39/..           | 2022-9
            """)
    void anEntryStandsWhereItsDateSays(String edtf, String expected) {
        assertThat(shown(span(edtf))).isEqualTo(expected);
    }

    /** Generated: every month and part of a year of several years, alone and as an interval's start. */
    @Test
    void noPartOfAYearIsDrawnBeforeItsFirstDayOrAfterItsLast() {
        int checked = 0;
        for (int year = 1999; year <= 2026; year++) {
            for (String part : List.of("21", "22", "23", "24", "33", "34", "35", "36", "37", "38", "39", "40", "41")) {
                for (String edtf : List.of(year + "-" + part, year + "-" + part + "/" + (year + 1))) {
                    FuzzyDate date = FuzzyDate.parse(edtf, null);
                    DateParts[] span = span(edtf);
                    assertThat(first(span[0]))
                            .as(edtf)
                            .isEqualTo(date.earliest().withDayOfMonth(1));
                    DateParts last = span[1] == null ? span[0] : span[1];
                    assertThat(lastDay(last)).as(edtf).isEqualTo(date.latest());
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(28 * 13 * 2);
    }

    private static DateParts[] span(String edtf) {
        return TimelineJsLayout.span(new TimelineEntry(
                TimelineEntry.Kind.EVENT,
                "c",
                "A claim",
                null,
                List.of(),
                FuzzyDate.parse(edtf, null),
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null));
    }

    private static String shown(DateParts[] span) {
        return part(span[0]) + (span[1] == null ? "" : " to " + part(span[1]));
    }

    private static String part(DateParts p) {
        return p.year() + (p.month() == null ? "" : "-" + p.month()) + (p.day() == null ? "" : "-" + p.day());
    }

    private static LocalDate first(DateParts p) {
        return LocalDate.of(p.year(), p.month() == null ? 1 : p.month(), 1);
    }

    private static LocalDate lastDay(DateParts p) {
        LocalDate month = LocalDate.of(p.year(), p.month() == null ? 12 : p.month(), 1);
        return month.withDayOfMonth(month.lengthOfMonth());
    }
}
