package org.claimtrail.form;

import org.claimtrail.date.InvalidEdtfException;
import org.claimtrail.date.WrittenDates;
import org.springframework.stereotype.Component;

/**
 * For templates ({@code @dateReadings}): what a typed date will be saved as, shown under the field
 * whenever a form comes back, so an editor sees "late 2022 → 2022-39, September–December 2022"
 * before it is stored.
 */
@Component
public class DateReadings {

    /** "2022-39, September–December 2022"; null for blank or unreadable text (the field error says why). */
    public String explain(String typed) {
        return explain(typed, null);
    }

    /** As {@link #explain(String)}, reading relative words ("late last year") against the source's day. */
    public String explain(String typed, java.time.LocalDate writtenOn) {
        if (Forms.text(typed) == null) {
            return null;
        }
        try {
            return WrittenDates.explain(typed, writtenOn);
        } catch (InvalidEdtfException e) {
            return null;
        }
    }
}
