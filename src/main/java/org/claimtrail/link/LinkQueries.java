package org.claimtrail.link;

import java.util.List;
import org.claimtrail.claim.ClaimChoice;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.springframework.stereotype.Service;

/** What pages and the API read of a claim's links. */
@Service
@ReaderTransaction
public class LinkQueries {

    private final LinkReadSql sql;

    LinkQueries(LinkReadSql sql) {
        this.sql = sql;
    }

    /** The first links each way and their totals, as a claim's page shows them. */
    public LinksView first(long claimId) {
        return sql.first(claimId, LinksView.FIRST_ROWS);
    }

    /** A page of a claim's links one way. */
    public Window<LinkRow> links(long claimId, boolean outgoing, PageRequest page) {
        return Window.of(sql.links(claimId, outgoing, page), page, l -> Cursor.of(l.id()));
    }

    List<ClaimChoice> candidates(ClaimView claim, String words, Long selectedId, int limit) {
        return sql.candidates(claim.id(), claim.story().id(), words, selectedId, limit);
    }
}
