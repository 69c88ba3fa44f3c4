package org.claimtrail.form;

import java.util.Locale;
import org.claimtrail.date.FiguresOrder;
import org.claimtrail.date.WrittenDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The site's way with dates in figures that make a date either way round ("05/10/2024"):
 * {@code claimtrail.dates.figures} is {@code ask} (the default: the editor writes the month as a
 * word), {@code day-first} or {@code month-first}. A value that is none of these stops the start
 * with a message saying which are, rather than reading dates in an order nobody chose.
 */
@Component
class FiguresOrderSetting {

    static final String PROPERTY = "claimtrail.dates.figures";

    FiguresOrderSetting(@Value("${" + PROPERTY + ":ask}") String order) {
        WrittenDates.readFiguresAs(parse(order));
    }

    static FiguresOrder parse(String order) {
        try {
            return FiguresOrder.valueOf(order.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    PROPERTY + " is “" + order + "”: it must be ask, day-first or month-first", e);
        }
    }
}
