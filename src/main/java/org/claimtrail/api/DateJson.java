package org.claimtrail.api;

import java.time.LocalDate;
import org.claimtrail.date.DateView;

/** A fuzzy date in the API: the EDTF as entered, its inclusive ISO range, and words for readers. */
public record DateJson(String edtf, LocalDate earliest, LocalDate latest, String label, String display) {

    static DateJson of(DateView date) {
        return date == null
                ? null
                : new DateJson(date.edtf(), date.earliest(), date.latest(), date.label(), date.display());
    }
}
