package org.claimtrail.date;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Properties over generated EDTF text of every shape the parser accepts. */
class FuzzyDateProperties {

    @Property(tries = 2000)
    void formatOfParseIsTheInputAndTheRangeIsOrdered(@ForAll("edtf") String edtf) {
        FuzzyDate date = FuzzyDate.parse(edtf);

        assertThat(date.format()).isEqualTo(edtf);
        if (date.earliest() != null && date.latest() != null) {
            assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
        }
        assertThat(date.earliest() != null || date.latest() != null).isTrue();
        assertThat(date.display()).isNotBlank();
    }

    @Property(tries = 1000)
    void aSingleDateLiesInItsOwnYearOrTheWinterAfter(@ForAll("single") String edtf) {
        FuzzyDate date = FuzzyDate.parse(edtf);
        int year = Integer.parseInt(edtf.substring(0, 4).replace('X', '0'));

        assertThat(date.earliest().getYear()).isBetween(Math.max(year, 1), year + 99);
        assertThat(date.latest().getYear()).isBetween(year, year + 999);
    }

    @Property(tries = 1000)
    void anythingElseIsRefusedWithAnExplanationNeverAnotherError(@ForAll String text) {
        try {
            FuzzyDate.parse(text);
        } catch (InvalidEdtfException e) {
            assertThat(e.getMessage()).contains("Examples:");
        }
    }

    @Property(tries = 500)
    void aDayThatDoesNotExistIsRefused(@ForAll("yearMonth") YearMonth month) {
        String text = "%04d-%02d-%02d".formatted(month.getYear(), month.getMonthValue(), month.lengthOfMonth() + 1);
        if (month.lengthOfMonth() < 31) {
            assertThatThrownBy(() -> FuzzyDate.parse(text)).isInstanceOf(InvalidEdtfException.class);
        }
    }

    @Provide
    Arbitrary<YearMonth> yearMonth() {
        return Combinators.combine(Arbitraries.integers().between(1, 9999), Arbitraries.integers().between(1, 12))
                .as(YearMonth::of);
    }

    @Provide
    Arbitrary<String> single() {
        Arbitrary<String> qualifier = Arbitraries.of("", "~", "?", "%");
        Arbitrary<String> day = Arbitraries.integers().between(1, 9999).flatMap(year ->
                Arbitraries.integers().between(1, 12).flatMap(month ->
                        Arbitraries.integers().between(1, YearMonth.of(year, month).lengthOfMonth())
                                .map(d -> LocalDate.of(year, month, d).toString())));
        Arbitrary<String> month = yearMonth().map(YearMonth::toString);
        Arbitrary<String> year = Arbitraries.integers().between(1, 9999).map("%04d"::formatted);
        Arbitrary<String> unspecifiedYear = Arbitraries.integers().between(1, 999).map("%03dX"::formatted);
        Arbitrary<String> unspecifiedDecades = Arbitraries.integers().between(1, 99).map("%02dXX"::formatted);
        Arbitrary<String> unspecifiedMonth = year.map(y -> y + "-XX");
        Arbitrary<String> unspecifiedDay = month.map(m -> m + "-XX");
        Arbitrary<String> grouping = Combinators.combine(year, Arbitraries.integers().between(21, 41))
                .as((y, g) -> y + "-" + g);
        Arbitrary<String> date = Arbitraries.oneOf(day, month, year, unspecifiedYear, unspecifiedDecades,
                unspecifiedMonth, unspecifiedDay, grouping);
        return Combinators.combine(date, qualifier).as(String::concat);
    }

    @Provide
    Arbitrary<String> edtf() {
        Arbitrary<String> interval = Combinators.combine(single(), single())
                .filter((a, b) -> !FuzzyDate.parse(a).earliest().isAfter(FuzzyDate.parse(b).latest()))
                .as((a, b) -> a + "/" + b);
        Arbitrary<String> openOrUnknown = Arbitraries.of("..", "");
        Arbitrary<String> openStart = Combinators.combine(openOrUnknown, single()).as((end, d) -> end + "/" + d);
        Arbitrary<String> openEnd = Combinators.combine(single(), openOrUnknown).as((d, end) -> d + "/" + end);
        return Arbitraries.frequencyOf(
                Tuple.of(5, single()),
                Tuple.of(3, interval),
                Tuple.of(1, openStart),
                Tuple.of(1, openEnd));
    }
}
