package org.claimtrail.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimtrail.date.DateParts;
import org.springframework.web.util.HtmlUtils;

/**
 * Knight Lab TimelineJS's spreadsheet, column for column. Dates state only what is known (a
 * month-precise date leaves Day empty), fuzzy dates say so in Display Date, intervals use the
 * End columns. Headline and Text are HTML to TimelineJS, so our text is escaped into it.
 *
 * <p>Rows are grouped by claim (a claim's event and what each source says of it on one band) or
 * by topic. A statement's slide is its speaker and verb, with the quote as the slide's media (a
 * blockquote, which TimelineJS shows as a quotation) credited to the source.
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
        row.set(HEADER.indexOf("Headline"), HtmlUtils.htmlEscape(title, "UTF-8"));
        row.set(HEADER.indexOf("Text"), text == null ? "" : "<p>" + HtmlUtils.htmlEscape(text, "UTF-8") + "</p>");
        row.set(HEADER.indexOf("Type"), "title");
        return List.of(row);
    }

    @Override
    public List<String> row(TimelineEntry e, String claimUrl) {
        List<String> row = blankRow();
        DateParts start = e.date().startParts();
        DateParts end = e.date().endParts();
        if (start == null) {
            // An open start ("before 2022"): TimelineJS needs a year, so the entry stands at its end.
            start = end != null ? end : endOfOpenInterval(e);
            end = null;
        }
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
                e.date().isPlain() ? "" : e.date().display());
        boolean statement = e.kind() == TimelineEntry.Kind.STATEMENT;
        row.set(
                HEADER.indexOf("Headline"),
                HtmlUtils.htmlEscape(statement ? e.speaker() + " " + e.stanceVerb() : e.statement(), "UTF-8"));
        row.set(HEADER.indexOf("Text"), text(e, claimUrl));
        if (statement && e.details().quote() != null) {
            row.set(
                    HEADER.indexOf("Media"),
                    "<blockquote>" + HtmlUtils.htmlEscape(e.details().quote(), "UTF-8") + "</blockquote>");
            row.set(HEADER.indexOf("Media Credit"), HtmlUtils.htmlEscape(credit(e), "UTF-8"));
            row.set(
                    HEADER.indexOf("Media Caption"),
                    HtmlUtils.htmlEscape(e.details().whoseWords(), "UTF-8"));
        }
        row.set(HEADER.indexOf("Group"), HtmlUtils.htmlEscape(group(e), "UTF-8"));
        return row;
    }

    @Override
    public boolean byteOrderMark() {
        return false;
    }

    private static DateParts endOfOpenInterval(TimelineEntry e) {
        return new DateParts(e.date().latest().getYear(), null, null);
    }

    private static String credit(TimelineEntry e) {
        String publisher = e.details().publisher();
        return e.sourceTitle() + (publisher == null ? "" : " — " + publisher);
    }

    private static String text(TimelineEntry e, String claimUrl) {
        StringBuilder text = new StringBuilder();
        if (e.kind() == TimelineEntry.Kind.STATEMENT) {
            text.append("<p>")
                    .append(HtmlUtils.htmlEscape(e.statement(), "UTF-8"))
                    .append("</p>");
        }
        text.append("<p><a href=\"")
                .append(HtmlUtils.htmlEscape(claimUrl, "UTF-8"))
                .append("\">The claim on Claimtrail</a> (")
                .append(HtmlUtils.htmlEscape(e.status().label().toLowerCase(java.util.Locale.ROOT), "UTF-8"))
                .append(")</p>");
        if (e.sourceTitle() != null) {
            text.append("<p>Source: ");
            if (e.sourceUrl() != null) {
                text.append("<a href=\"")
                        .append(HtmlUtils.htmlEscape(e.sourceUrl(), "UTF-8"))
                        .append("\">")
                        .append(HtmlUtils.htmlEscape(e.sourceTitle(), "UTF-8"))
                        .append("</a>");
            } else {
                text.append(HtmlUtils.htmlEscape(e.sourceTitle(), "UTF-8"));
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
