package org.claimtrail.timeline;

import org.claimtrail.date.DateParts;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Knight Lab TimelineJS's spreadsheet, column for column. Dates state only what is known (a
 * month-precise date leaves Day empty), fuzzy dates say so in Display Date, intervals use the
 * End columns. Headline and Text are HTML to TimelineJS, so our text is escaped into it.
 */
final class TimelineJsLayout implements TimelineLayout {

    static final List<String> HEADER = List.of("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
            "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Type", "Group", "Background");

    @Override
    public List<String> header() {
        return HEADER;
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
        row.set(HEADER.indexOf("Display Date"), e.date().isPlain() ? "" : e.date().display());
        row.set(HEADER.indexOf("Headline"), HtmlUtils.htmlEscape(e.headline(), "UTF-8"));
        row.set(HEADER.indexOf("Text"), text(e, claimUrl));
        row.set(HEADER.indexOf("Group"), group(e));
        return row;
    }

    @Override
    public boolean byteOrderMark() {
        return false;
    }

    private static DateParts endOfOpenInterval(TimelineEntry e) {
        return new DateParts(e.date().latest().getYear(), null, null);
    }

    private static String text(TimelineEntry e, String claimUrl) {
        StringBuilder text = new StringBuilder("<p><a href=\"").append(HtmlUtils.htmlEscape(claimUrl, "UTF-8"))
                .append("\">The claim on Claimtrail</a> (").append(HtmlUtils.htmlEscape(e.status().label().toLowerCase(java.util.Locale.ROOT), "UTF-8"))
                .append(")</p>");
        if (e.sourceTitle() != null) {
            text.append("<p>Source: ");
            if (e.sourceUrl() != null) {
                text.append("<a href=\"").append(HtmlUtils.htmlEscape(e.sourceUrl(), "UTF-8")).append("\">")
                        .append(HtmlUtils.htmlEscape(e.sourceTitle(), "UTF-8")).append("</a>");
            } else {
                text.append(HtmlUtils.htmlEscape(e.sourceTitle(), "UTF-8"));
            }
            text.append("</p>");
        }
        return text.toString();
    }

    /** Events group by their first topic, statements by stance. */
    private static String group(TimelineEntry e) {
        if (e.kind() == TimelineEntry.Kind.STATEMENT) {
            return e.stanceVerb();
        }
        return e.topics().isEmpty() ? "events" : e.topics().get(0);
    }

    private static void put(List<String> row, String column, Integer value) {
        row.set(HEADER.indexOf(column), value == null ? "" : value.toString());
    }

    private static List<String> blankRow() {
        return new ArrayList<>(Collections.nCopies(HEADER.size(), ""));
    }
}
