package org.claimtrail.date;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fuzzy date as a page shows it, worked out once per row rather than once per use in a
 * template: the words, the EDTF and the day range for the tooltip, whether it is approximate, and
 * its ISO 8601 form when it has one (a plain day, month or year).
 */
public record DateView(
        String edtf,
        LocalDate earliest,
        LocalDate latest,
        String label,
        String display,
        boolean approximate,
        String title,
        String iso,
        String datetime) {

    /**
     * Views already worked out, by date. A list page shows dozens of dates and a newsroom's dates
     * repeat (the same days, months, years), so parsing each one again was a fifth of a list's
     * time. Bounded: emptied when full, since any entry is cheap to make again.
     */
    private static final Map<FuzzyDate, DateView> KNOWN = new ConcurrentHashMap<>();

    static final int KNOWN_LIMIT = 20_000;

    public static DateView of(FuzzyDate date) {
        if (date == null) {
            return null;
        }
        DateView known = KNOWN.get(date);
        if (known != null) {
            return known;
        }
        if (KNOWN.size() >= KNOWN_LIMIT) {
            KNOWN.clear();
        }
        DateView view = describe(date);
        KNOWN.put(date, view);
        return view;
    }

    static int knownCount() {
        return KNOWN.size();
    }

    private static DateView describe(FuzzyDate date) {
        EdtfParser.Parsed parsed = EdtfParser.parse(date.edtf());
        String display = date.label() != null ? date.label() : parsed.describe();
        // Written out, never a locale's short form: "4/1/21" reads as 4 January in most newsrooms.
        String title = "EDTF " + date.edtf() + (date.earliest() != null ? ", from " + written(date.earliest()) : "")
                + (date.latest() != null ? " to " + written(date.latest()) : "");
        // A plain day, month or year is already ISO 8601 as written; anything fuzzier has no ISO form.
        String iso = parsed.plain() ? date.edtf() : null;
        return new DateView(
                date.edtf(),
                date.earliest(),
                date.latest(),
                date.label(),
                display,
                parsed.approximate(),
                title,
                iso,
                machineReadable(parsed.startParts() != null ? parsed.startParts() : parsed.endParts()));
    }

    /**
     * What a {@code <time datetime>} may say: the known end's year, month or day at the precision
     * the date states, since HTML has no form for fuzzy dates or intervals ("late 2022" → 2022,
     * "before 2022" → 2021). The words and the tooltip carry the rest.
     */
    private static String machineReadable(DateParts parts) {
        if (parts == null) {
            return null;
        }
        String year = String.format("%04d", parts.year());
        if (parts.month() == null) {
            return year;
        }
        String month = year + String.format("-%02d", parts.month());
        return parts.day() == null ? month : month + String.format("-%02d", parts.day());
    }

    private static String written(LocalDate day) {
        return day.getDayOfMonth() + " "
                + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + day.getYear();
    }

    /** The date stored in four columns (EDTF, earliest, latest, label); null when there is none. */
    public static DateView of(String edtf, LocalDate earliest, LocalDate latest, String label) {
        return edtf == null ? null : of(new FuzzyDate(edtf, earliest, latest, label));
    }
}
