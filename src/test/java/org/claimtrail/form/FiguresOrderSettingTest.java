package org.claimtrail.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimtrail.date.FiguresOrder;
import org.claimtrail.date.WrittenDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FiguresOrderSettingTest {

    @AfterEach
    void backToAsking() {
        WrittenDates.readFiguresAs(FiguresOrder.ASK);
    }

    @Test
    void theSettingIsReadAsADeskWritesIt() {
        new FiguresOrderSetting("day-first");
        assertThat(WrittenDates.toEdtf("05/10/2024")).isEqualTo("2024-10-05");
        new FiguresOrderSetting(" Month-First ");
        assertThat(WrittenDates.toEdtf("05/10/2024")).isEqualTo("2024-05-10");
        new FiguresOrderSetting("ask");
        assertThat(WrittenDates.figuresOrder()).isEqualTo(FiguresOrder.ASK);
    }

    @Test
    void aValueThatIsNoOrderStopsTheStartSayingWhichAre() {
        assertThatThrownBy(() -> new FiguresOrderSetting("dd/mm/yyyy"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("claimtrail.dates.figures is “dd/mm/yyyy”: it must be ask, day-first or month-first");
        assertThat(WrittenDates.figuresOrder()).isEqualTo(FiguresOrder.ASK);
    }
}
