package org.claimtrail.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimtrail.attribution.Wording;
import org.claimtrail.date.DateParts;

/**
 * Knight Lab TimelineJS's spreadsheet, column for column. Dates state only what is known (a
 * month-precise date leaves Day empty), fuzzy dates say so in Display Date, intervals use the
 * End columns. Headline and Text are HTML to TimelineJS, so our text is escaped into it.
 *
 * <p>Rows are grouped by claim (a claim's event and what each source says of it on one band) or
 * by topic. A statement's slide is its speaker and verb. Only a speaker's own words become the
 * slide's media (a blockquote, which TimelineJS shows as a quotation), credited to the source; a
 * source's sentence about them goes in the text, said to be the source's wording, never quoted.
 *
 * <p>TimelineJS reads Headline, Text, caption and credit as HTML (cleaned by DOMPurify), so they
 * escape only what HTML needs ({@code & < >}): apostrophes and quotation marks stay as typed, and
 * no {@code &#39;} shows where a spreadsheet or a reader looks. Group and Display Date it reads
 * twice: it takes the text of the cell as HTML, then sets that text as a label's HTML. Escaped once,
 * a statement holding "&lt;img …&gt;" would come out of the first reading as markup and run in
 * the second; so these cells are escaped twice, and the label shows the text as typed.
 */
final class TimelineJsLayout implements TimelineLayout {

    /** How slides are grouped into TimelineJS's bands. */
    enum Grouping {
        CLAIM,
        TOPIC
    }

    static final int GROUP_NAME_LENGTH = 80;

    private final Grouping grouping;

    TimelineJsLayout(Grouping grouping) {
        this.grouping = grouping;
    }

    static final List<String> HEADER = List.of(
            "Year",
            "Month",
            "Day",
            "Time",
            "End Year",
            "End Month",
            "End Day",
            "End Time",
            "Display Date",
            "Headline",
            "Text",
            "Media",
            "Media Credit",
            "Media Caption",
            "Media Thumbnail",
            "Type",
            "Group",
            "Background");

    @Override
    public List<String> header() {
        return HEADER;
    }

    /**
     * Every cell here is HTML to TimelineJS, which showed the apostrophe guard in headlines and group
     * labels. A cell a spreadsheet would run (a desk may open the file in Google Sheets to publish it)
     * starts instead with its first character as an HTML character reference: TimelineJS shows the
     * character, a spreadsheet sees text starting with "&".
     */
    @Override
    public String guarded(String cell) {
        if (cell == null || cell.isEmpty() || !CsvCells.startsAFormula(cell)) {
            return cell;
        }
        int first = cell.codePointAt(0);
        return "&#" + first + ";" + cell.substring(Character.charCount(first));
    }

    @Override
    public List<List<String>> preamble(String title, String text) {
        List<String> row = blankRow();
        row.set(HEADER.indexOf("Headline"), html(title));
        row.set(HEADER.indexOf("Text"), text == null ? "" : "<p>" + html(text) + "</p>");
        row.set(HEADER.indexOf("Type"), "title");
        return List.of(row);
    }

    @Override
    public List<String> row(TimelineEntry e, String claimUrl) {
        List<String> row = blankRow();
        DateParts[] span = span(e);
        DateParts start = span[0];
        DateParts end = span[1];
        put(row, "Year", start.year());
        put(row, "Month", start.month());
        put(row, "Day", start.day());
        if (end != null) {
            put(row, "End Year", end.year());
            put(row, "End Month", end.month());
            put(row, "End Day", end.day());
        }
        row.set(
                HEADER.indexOf("Display Date"),
                e.date().isPlain() ? "" : label(e.date().display()));
        boolean statement = e.kind() == TimelineEntry.Kind.STATEMENT;
        row.set(HEADER.indexOf("Headline"), html(statement ? headline(e) : e.statement()));
        row.set(HEADER.indexOf("Text"), text(e, claimUrl));
        if (statement && e.details().quote() != null && e.details().wording() == Wording.OWN) {
            row.set(HEADER.indexOf("Media"), "<blockquote>" + html(e.details().quote()) + "</blockquote>");
            row.set(HEADER.indexOf("Media Credit"), html(credit(e)));
            row.set(HEADER.indexOf("Media Caption"), html(e.details().whoseWords()));
        }
        row.set(HEADER.indexOf("Group"), label(group(e)));
        return row;
    }

    /** "Dmitry Peskov denies", and for a relay "… (relaying The Wall Street Journal’s sourcing)". */
    private static String headline(TimelineEntry e) {
        return e.speaker() + " " + e.stanceVerb() + e.relaying();
    }

    /**
     * Where the entry stands, as precise as its date and no more. A part of a year or a season
     * ("late 2022", "2022-39") has no month of its own, and a year alone drew it from January,
     * months early: it spans the months of its first and last day instead. An open start ("before
     * 2022") has no first day: TimelineJS needs a year, so it stands at its end, which its Display
     * Date states.
     */
    static DateParts[] span(TimelineEntry e) {
        DateParts start = e.date().startParts();
        DateParts end = e.date().endParts();
        LocalDate earliest = e.date().earliest();
        LocalDate latest = e.date().latest();
        if (start == null) {
            return new DateParts[] {end != null ? end : new DateParts(latest.getYear(), null, null), null};
        }
        boolean partOfAYear = start.month() == null
                && earliest != null
                && (earliest.getDayOfYear() != 1 || end == null && latest != null && !wholeYears(earliest, latest));
        if (partOfAYear) {
            start = new DateParts(earliest.getYear(), earliest.getMonthValue(), null);
            if (end == null && latest != null) {
                DateParts last = new DateParts(latest.getYear(), latest.getMonthValue(), null);
                end = last.equals(start) ? null : last;
            }
        }
        if (end != null
                && end.month() == null
                && latest != null
                && !(latest.getMonthValue() == 12 && latest.getDayOfMonth() == 31)) {
            end = new DateParts(latest.getYear(), latest.getMonthValue(), null);
        }
        return new DateParts[] {start, end};
    }

    private static boolean wholeYears(LocalDate earliest, LocalDate latest) {
        return earliest.getDayOfYear() == 1 && latest.getMonthValue() == 12 && latest.getDayOfMonth() == 31;
    }

    /** Text for a cell TimelineJS reads as text, then sets as HTML: escaped for both readings. */
    static String label(String text) {
        return html(html(text));
    }

    /** An address into a double-quoted attribute. */
    private static String attribute(String value) {
        return html(value).replace("\"", "&quot;");
    }

    /** Text into an HTML cell: only what HTML itself needs escaped. */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public boolean byteOrderMark() {
        return false;
    }

    private static String credit(TimelineEntry e) {
        String publisher = e.details().publisher();
        return e.sourceTitle() + (publisher == null ? "" : " — " + publisher);
    }

    private static String text(TimelineEntry e, String claimUrl) {
        StringBuilder text = new StringBuilder();
        if (e.kind() == TimelineEntry.Kind.STATEMENT) {
            text.append("<p>").append(html(e.statement())).append("</p>");
            if (e.details().quote() != null && e.details().wording() != Wording.OWN) {
                text.append("<p>In the source’s wording, not the speaker’s own: ")
                        .append(html(e.details().quote()))
                        .append("</p>");
            }
        }
        text.append("<p><a href=\"")
                .append(attribute(claimUrl))
                .append("\">The claim on Claimtrail</a> (")
                .append(html(e.status().label().toLowerCase(java.util.Locale.ROOT)))
                .append(")</p>");
        if (e.sourceTitle() != null) {
            text.append("<p>Source: ");
            if (e.sourceUrl() != null) {
                text.append("<a href=\"")
                        .append(attribute(e.sourceUrl()))
                        .append("\">")
                        .append(html(e.sourceTitle()))
                        .append("</a>");
            } else {
                text.append(html(e.sourceTitle()));
            }
            text.append("</p>");
        }
        return text.toString();
    }

    /** The claim's statement, cut at a word to fit a band's label; or the claim's first topic. */
    private String group(TimelineEntry e) {
        if (grouping == Grouping.TOPIC) {
            return e.topics().isEmpty() ? "no topic" : e.topics().get(0);
        }
        String statement = e.statement();
        if (statement.length() <= GROUP_NAME_LENGTH) {
            return statement;
        }
        int cut = statement.lastIndexOf(' ', GROUP_NAME_LENGTH - 1);
        return statement.substring(0, cut > 0 ? cut : GROUP_NAME_LENGTH - 1) + "…";
    }

    private static void put(List<String> row, String column, Integer value) {
        row.set(HEADER.indexOf(column), value == null ? "" : value.toString());
    }

    private static List<String> blankRow() {
        return new ArrayList<>(Collections.nCopies(HEADER.size(), ""));
    }
}
