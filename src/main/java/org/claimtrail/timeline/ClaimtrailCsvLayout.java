package org.claimtrail.timeline;

import java.util.Arrays;
import java.util.List;

/** Claimtrail's own columns: everything about an entry, values as stored. */
final class ClaimtrailCsvLayout implements TimelineLayout {

    static final List<String> HEADER = List.of("kind", "date_label", "edtf", "earliest", "latest", "headline",
            "claim_url", "claim_status", "actors", "stance", "source_title", "source_url", "story", "topics");

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> row(TimelineEntry e, String claimUrl) {
        return Arrays.asList(e.kind().name(), e.date().display(), e.date().edtf(),
                e.date().earliest() == null ? "" : e.date().earliest().toString(),
                e.date().latest() == null ? "" : e.date().latest().toString(),
                e.headline(), claimUrl, e.status().name(), e.actors(), e.stance() == null ? null : e.stance().name(),
                e.sourceTitle(), e.sourceUrl(),
                e.storyTitle(), String.join(";", e.topics()));
    }

    @Override
    public boolean byteOrderMark() {
        return true;
    }
}
