package org.claimtrail.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyDateTest {

    @ParameterizedTest(name = "{0} covers {1} to {2}")
    @CsvSource(nullValues = "null", textBlock = """
            2024,            2024-01-01, 2024-12-31
            2024-10,         2024-10-01, 2024-10-31
            2024-02,         2024-02-01, 2024-02-29
            2023-02,         2023-02-01, 2023-02-28
            2024-10-25,      2024-10-25, 2024-10-25
            2021-04~,        2021-04-01, 2021-04-30
            2021?,           2021-01-01, 2021-12-31
            2004-06-11%,     2004-06-11, 2004-06-11
            201X,            2010-01-01, 2019-12-31
            20XX,            2000-01-01, 2099-12-31
            1985-XX,         1985-01-01, 1985-12-31
            1985-04-XX,      1985-04-01, 1985-04-30
            1985-XX-XX,      1985-01-01, 1985-12-31
            2021-21,         2021-03-01, 2021-05-31
            2021-22,         2021-06-01, 2021-08-31
            2021-23,         2021-09-01, 2021-11-30
            2023-24,         2023-12-01, 2024-02-29
            2021-30,         2021-12-01, 2022-02-28
            2021-33,         2021-01-01, 2021-03-31
            2021-36,         2021-10-01, 2021-12-31
            2022-39,         2022-09-01, 2022-12-31
            2021-40,         2021-01-01, 2021-06-30
            2021-41,         2021-07-01, 2021-12-31
            2022-10/2024,    2022-10-01, 2024-12-31
            2022-39/2024,    2022-09-01, 2024-12-31
            2004-06~/2004-08?, 2004-06-01, 2004-08-31
            ../2021,         null,       2021-12-31
            2021/..,         2021-01-01, null
            /2021-06,        null,       2021-06-30
            2021-06/,        2021-06-01, null
            """)
    void computesTheInclusiveRangeOfDays(String edtf, LocalDate earliest, LocalDate latest) {
        FuzzyDate date = FuzzyDate.parse(edtf);

        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
        assertThat(date.edtf()).isEqualTo(edtf);
    }

    @ParameterizedTest(name = "{0} reads as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2024-10-25    | 25 October 2024
            2021-04~      | ≈ April 2021
            2021?         | 2021?
            2021-04%      | ≈ April 2021?
            201X          | 2010s
            2021-21       | spring 2021
            2021-33       | Q1 2021
            2021-41       | second half of 2021
            2022-10/2024  | October 2022 – 2024
            ../2021       | until 2021
            2021/..       | 2021 onwards
            2021/         | 2021 – ?
            1985-04-XX    | April 1985 (day unknown)
            """)
    void describesItselfInPlainEnglish(String edtf, String words) {
        assertThat(FuzzyDate.parse(edtf).display()).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}: start {1}-{2}-{3}, end {4}, plain {5}")
    @CsvSource(nullValues = "null", textBlock = """
            2024-10-25,    2024, 10,   25,   null,          true
            2021-04~,      2021, 4,    null, null,          false
            2021,          2021, null, null, null,          true
            2023-39,       2023, null, null, null,          false
            201X,          2010, null, null, null,          false
            2022-10/2024,  2022, 10,   null, 2024,          false
            """)
    void statesOnlyTheFieldsItKnows(String edtf, int year, Integer month, Integer day, Integer endYear, boolean plain) {
        FuzzyDate date = FuzzyDate.parse(edtf);

        assertThat(date.startParts()).isEqualTo(new DateParts(year, month, day));
        assertThat(date.endParts() == null ? null : date.endParts().year()).isEqualTo(endYear);
        assertThat(date.isPlain()).isEqualTo(plain);
        assertThat(FuzzyDate.parse("../2021").startParts()).isNull();
    }

    @Test
    void anEditorsLabelWinsOverTheGeneratedWords() {
        FuzzyDate lateLastYear = FuzzyDate.parse("2023-39", "late 2023");

        assertThat(lateLastYear.display()).isEqualTo("late 2023");
        assertThat(lateLastYear.earliest()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(FuzzyDate.parse("2023", "  ").label()).isNull();
    }

    @Test
    void knowsWhetherItIsApproximateUncertainOrAnInterval() {
        assertThat(FuzzyDate.parse("2021-04~").isApproximate()).isTrue();
        assertThat(FuzzyDate.parse("2021-04~").isUncertain()).isFalse();
        assertThat(FuzzyDate.parse("2021?").isUncertain()).isTrue();
        assertThat(FuzzyDate.parse("2021%").isApproximate()).isTrue();
        assertThat(FuzzyDate.parse("2021").isApproximate()).isFalse();
        assertThat(FuzzyDate.parse("2021/2022").isInterval()).isTrue();
        assertThat(FuzzyDate.parse("2021").isInterval()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null             | it is empty
            ''               | it is empty
            ' 2021'          | spaces around it
            2021-13          | month 13 does not exist
            2021-00          | month 00 does not exist
            2021-02-30       | day 30 does not exist in 2021-02
            2023-02-29       | day 29 does not exist in 2023-02
            2021-42          | there is no month or season 42
            2021-21-05       | cannot have a day
            21               | four digits
            20211            | four digits
            2021-4           | two digits
            201x             | capital X
            2021~-04         | goes at the end
            25.10.2024       | year first
            25/10/2024       | year first
            October 2024     | expected YYYY
            2024/2021        | ends before it starts
            ../..            | at least one date
            /                | at least one date
            2021/2022/2023   | exactly one '/'
            0000             | year 0000
            201X-05          | cannot have a month or day
            1985-XX-05       | must be unspecified too
            """)
    void refusesWhatItCannotReadAndSaysWhy(String text, String reason) {
        assertThatThrownBy(() -> FuzzyDate.parse(text))
                .isInstanceOf(InvalidEdtfException.class)
                .hasMessageContaining(reason)
                .hasMessageContaining("Try “26 October 2024” or “late 2022”.");
    }
}
