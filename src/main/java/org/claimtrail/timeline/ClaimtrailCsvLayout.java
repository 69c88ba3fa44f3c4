package org.claimtrail.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.claimtrail.date.FuzzyDate;

/**
 * Claimtrail's own columns: what a research desk puts in its spreadsheet, in words a reader
 * understands (labels, not codes) and dates in ISO 8601 beside the words the source used.
 */
final class ClaimtrailCsvLayout implements TimelineLayout {

    static final List<String> HEADER = ExportColumns.CLAIMTRAIL;

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> row(TimelineEntry e, String claimUrl) {
        EntryDetails d = e.details();
        boolean statement = e.kind() == TimelineEntry.Kind.STATEMENT;
        FuzzyDate sourceDate = d.sourcePublished();
        return Arrays.asList(
                statement ? "Statement" : "Event",
                e.date().display(),
                e.date().edtf(),
                iso(e.date().earliest()),
                iso(e.date().latest()),
                e.headline(),
                claimUrl,
                e.status().label(),
                d.statusReason(),
                d.verdict() == null ? "" : d.verdict().label(),
                e.actors(),
                e.stance() == null ? "" : e.stanceVerb(),
                statement ? (e.anonymous() ? "yes" : "no") : "",
                d.sourceCount() == null ? "" : d.sourceCount().toString(),
                d.basis(),
                d.quote(),
                d.whoseWords(),
                d.origin(),
                d.relays(),
                e.sourceTitle(),
                d.publisher(),
                sourceDate == null ? "" : sourceDate.display(),
                sourceDate == null ? "" : iso(sourceDate.earliest()),
                sourceDate == null ? "" : iso(sourceDate.latest()),
                e.sourceUrl(),
                e.storyTitle(),
                String.join(";", e.topics()));
    }

    private static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    @Override
    public boolean byteOrderMark() {
        return true;
    }
}
