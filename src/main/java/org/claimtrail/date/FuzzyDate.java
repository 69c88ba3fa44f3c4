package org.claimtrail.date;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A date as reporting gives it: the EDTF text as entered ({@code 2021-04~}, {@code 2022-39/2024}),
 * the inclusive range of days it can mean (for sorting and filtering; null for an open or unknown
 * interval end), and an optional human label ("late 2022") that wins over the generated wording.
 * Qualifiers (~ ? %) do not widen the range: EDTF gives them no width, and guessing one would
 * make filters disagree with what the source said.
 */
@Embeddable
public record FuzzyDate(
        @Column(name = "edtf") String edtf,
        @Column(name = "earliest") LocalDate earliest,
        @Column(name = "latest") LocalDate latest,
        @Column(name = "label") String label) {

    /** Parses EDTF text; throws {@link InvalidEdtfException} with an editor-readable message. */
    public static FuzzyDate parse(String edtf) {
        return parse(edtf, null);
    }

    /**
     * Reads a date as typed into a form or filter: EDTF, or as reporting writes it ("late 2022").
     * Written words for a fuzzy date the editor gave no label for become the label, so readers see
     * the source's wording rather than the grouping's ("late 2022", not "September–December 2022").
     */
    public static FuzzyDate read(String typed, String label) {
        return read(typed, label, null);
    }

    /**
     * As {@link #read(String, String)}, with words relative to {@code writtenOn} (the source's day)
     * read against it. Their label is the words written out ("late last year" → "late 2023"):
     * readers do not know when "last year" was.
     */
    public static FuzzyDate read(String typed, String label, java.time.LocalDate writtenOn) {
        String edtf = WrittenDates.toEdtf(typed, writtenOn);
        String lower = typed.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        // Relative words are written out for readers ("late 2023"), or, when they cannot be ("earlier
        // this week"), left to the site's own wording of the dates.
        String written = writtenOn != null && RelativeDates.isRelative(lower)
                ? java.util.Objects.requireNonNullElse(RelativeDates.absolute(lower, writtenOn), edtf)
                : typed.strip();
        // A plain day, month or year reads the same either way; "late 2022" does not ("September–December 2022").
        boolean wordsMatter = !written.equals(edtf) && !EdtfParser.parse(edtf).plain();
        return parse(edtf, (label == null || label.isBlank()) && wordsMatter ? written : label);
    }

    public static FuzzyDate read(String typed) {
        return parse(WrittenDates.toEdtf(typed));
    }

    public static FuzzyDate parse(String edtf, String label) {
        EdtfParser.Parsed parsed = EdtfParser.parse(edtf);
        String cleanLabel = label == null || label.isBlank() ? null : label.strip();
        return new FuzzyDate(edtf, parsed.earliest(), parsed.latest(), cleanLabel);
    }

    /** What a reader sees: the label if an editor gave one, else plain English from the EDTF. */
    public String display() {
        return label != null ? label : DateView.of(this).display();
    }

    public boolean isApproximate() {
        return DateView.of(this).approximate();
    }

    public boolean isUncertain() {
        return EdtfParser.parse(edtf).uncertain();
    }

    public boolean isInterval() {
        return EdtfParser.parse(edtf).isInterval();
    }

    /** True for a plain day, month or year: nothing approximate, uncertain, grouped or open. */
    public boolean isPlain() {
        return EdtfParser.parse(edtf).plain();
    }

    /** What the start states (null for an open or unknown start). */
    public DateParts startParts() {
        return EdtfParser.parse(edtf).startParts();
    }

    /** What the end of an interval states (null for a single date or an open or unknown end). */
    public DateParts endParts() {
        return EdtfParser.parse(edtf).endParts();
    }

    @Override
    public String toString() {
        return edtf;
    }
}
