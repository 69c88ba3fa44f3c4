package org.claimtrail.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateViewTest {

    @Test
    void aRememberedViewIsTheViewOfThatExactDate() {
        DateView plain = DateView.of(FuzzyDate.parse("2022-10~"));
        DateView labelled = DateView.of(FuzzyDate.parse("2022-10~", "autumn 2022"));

        assertThat(DateView.of(FuzzyDate.parse("2022-10~"))).isEqualTo(plain);
        assertThat(plain.display()).isNotEqualTo("autumn 2022");
        assertThat(plain.approximate()).isTrue();
        assertThat(labelled.display()).isEqualTo("autumn 2022");
        assertThat(DateView.of(FuzzyDate.parse("2022-10")).approximate()).isFalse();
    }

    @Test
    void rememberingStaysBoundedWhateverTheDates() {
        LocalDate day = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < DateView.KNOWN_LIMIT + 500; i++) {
            DateView view = DateView.of(FuzzyDate.parse(day.plusDays(i).toString()));
            assertThat(view.iso()).isEqualTo(day.plusDays(i).toString());
        }
        assertThat(DateView.knownCount()).isLessThanOrEqualTo(DateView.KNOWN_LIMIT);
    }
}
