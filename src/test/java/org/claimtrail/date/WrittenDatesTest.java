package org.claimtrail.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as reporting writes them become exactly one EDTF value, or a message; EDTF passes through. */
class WrittenDatesTest {

    @ParameterizedTest(name = "“{0}” is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            late 2022              | 2022-39
            Early 2023             | 2023-37
            mid-2021               | 2021-38
            26 October 2024        | 2024-10-26
            October 26, 2024       | 2024-10-26
            26th Oct. 2024         | 2024-10-26
            Oct 2024               | 2024-10
            Sept 2022              | 2022-09
            around April 2021      | 2021-04~
            about 2021             | 2021~
            possibly 2020          | 2020?
            before 2022            | ../2021
            before October 2022    | ../2022-09
            before 1 January 2022  | ../2021-12-31
            after 2022             | 2023/..
            since October 2022     | 2022-10/..
            between 2022 and 2024  | 2022/2024
            from late 2022 to 2024 | 2022-39/2024
            spring 2021            | 2021-21
            the second half of 2021| 2021-41
            Q3 2021                | 2021-35
            the 2010s              | 201X
            2021                   | 2021
            2021-04~               | 2021-04~
            ../2021                | ../2021
            late October 2024      | 2024-10-21/2024-10-31
            early October 2024     | 2024-10-01/2024-10-10
            mid-October 2024       | 2024-10-11/2024-10-20
            end of 2023            | 2023-39
            the beginning of 2023  | 2023-37
            the first half of 2024 | 2024-40
            25/10/2024             | 2024-10-25
            10/25/2024             | 2024-10-25
            25.10.2024             | 2024-10-25
            24–25 October 2024     | 2024-10-24/2024-10-25
            24-25 Oct 2024         | 2024-10-24/2024-10-25
            24 October – 2 November 2024 | 2024-10-24/2024-11-02
            October–December 2024  | 2024-10/2024-12
            between 2021 and 2022  | 2021/2022
            until 2022             | ../2022
            2021 onwards           | 2021/..
            ≈ April 2021           | 2021-04~
            April 2021?            | 2021-04?
            ≈ 2021?                | 2021%
            2024 (month unknown)   | 2024-XX
            ? – 2022               | /2022
            2100–2199              | 21XX
            """)
    void readsWhatReportingWrites(String typed, String edtf) {
        assertThat(WrittenDates.toEdtf(typed)).isEqualTo(edtf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "31 February 2024", "late", "Octember 2024", "2024-13", "before", "14 stories"})
    void refusesWithAMessageNamingReadableForms(String typed) {
        assertThatThrownBy(() -> WrittenDates.toEdtf(typed))
                .isInstanceOf(InvalidEdtfException.class)
                .hasMessageContaining("26 October 2024");
    }

    @ParameterizedTest(name = "“{0}” in a report of Thursday 24 October 2024 is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            late last year      | 2023-39
            this year           | 2024
            last year           | 2023
            last month          | 2024-09
            late last month     | 2024-09-21/2024-09-30
            on Tuesday          | 2024-10-22
            Thursday            | 2024-10-24
            last Thursday       | 2024-10-17
            yesterday           | 2024-10-23
            earlier this week   | 2024-10-21/2024-10-24
            last week           | 2024-10-14/2024-10-20
            earlier this year   | 2024-01-01/2024-10-24
            two years ago       | 2022
            in the first half of last year | 2023-40
            """)
    void readsWordsRelativeToTheSourcesDayAgainstIt(String typed, String edtf) {
        assertThat(WrittenDates.toEdtf(typed, java.time.LocalDate.of(2024, 10, 24)))
                .isEqualTo(edtf);
    }

    @org.junit.jupiter.api.Test
    void relativeWordsWithoutTheSourcesDayAreRefusedNotGuessed() {
        assertThatThrownBy(() -> WrittenDates.toEdtf("late last year"))
                .isInstanceOf(InvalidEdtfException.class)
                .hasMessage("“late last year”: these words need the day the source was written: choose the source, "
                        + "or write the date. Try “26 October 2024” or “late 2022”.");
    }

    @org.junit.jupiter.api.Test
    void figuresThatCouldBeTwoDatesAreAskedNotGuessed() {
        assertThatThrownBy(() -> WrittenDates.toEdtf("05/10/2024"))
                .isInstanceOf(InvalidEdtfException.class)
                .hasMessageContaining("this could be 5 October 2024 or 10 May 2024, so write the month as a word");
        assertThat(WrittenDates.toEdtf("07/07/2024")).isEqualTo("2024-07-07");
    }

    /** A desk that writes dates one way round says so once, and its figures are read that way. */
    @org.junit.jupiter.api.Test
    void aSiteThatWritesFiguresOneWayRoundHasThemReadThatWay() {
        try {
            WrittenDates.readFiguresAs(FiguresOrder.DAY_FIRST);
            assertThat(WrittenDates.toEdtf("05/10/2024")).isEqualTo("2024-10-05");
            assertThat(WrittenDates.explain("05.10.2024")).isEqualTo("2024-10-05, 5 October 2024");
            assertThat(WrittenDates.toEdtf("10/25/2024"))
                    .as("only one order makes this a date")
                    .isEqualTo("2024-10-25");
            WrittenDates.readFiguresAs(FiguresOrder.MONTH_FIRST);
            assertThat(WrittenDates.toEdtf("05/10/2024")).isEqualTo("2024-05-10");
            assertThat(WrittenDates.toEdtf("25/10/2024")).isEqualTo("2024-10-25");
        } finally {
            WrittenDates.readFiguresAs(FiguresOrder.ASK);
        }
        assertThatThrownBy(() -> WrittenDates.toEdtf("05/10/2024")).isInstanceOf(InvalidEdtfException.class);
    }

    @org.junit.jupiter.api.Test
    void aRelativeDateIsShownWithWhatItWasReadAgainstAndLabelledInWordsReadersCanFollow() {
        java.time.LocalDate source = java.time.LocalDate.of(2024, 10, 24);
        assertThat(WrittenDates.explain("late last year", source))
                .isEqualTo("2023-39, September–December 2023 (read against the source’s date, 24 October 2024)");
        FuzzyDate read = FuzzyDate.read("late last year", null, source);
        assertThat(read.display()).isEqualTo("late 2023");
        assertThat(FuzzyDate.read("on Tuesday", null, source).display()).isEqualTo("22 October 2024");
    }

    @org.junit.jupiter.api.Test
    void explainsWhatItWillSave() {
        assertThat(WrittenDates.explain("late 2022")).isEqualTo("2022-39, September–December 2022");
    }
}
