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

    @org.junit.jupiter.api.Test
    void explainsWhatItWillSave() {
        assertThat(WrittenDates.explain("late 2022")).isEqualTo("2022-39, September–December 2022");
    }
}
