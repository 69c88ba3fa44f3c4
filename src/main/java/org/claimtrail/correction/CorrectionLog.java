package org.claimtrail.correction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The public corrections log: site-wide, newest first, and each claim's own. */
@Service
@ReaderTransaction
public class CorrectionLog {

    public static final Keyset NEWEST_FIRST = Keyset.descending(Keyset.number("k.id"));

    private static final String ROWS = """
            select k.id, c.slug as claim_slug, c.statement as claim_statement, k.subject, k.reason, k.corrected_at
            from correction k left join claim c on c.id = k.claim_id
            """;

    private final JdbcClient jdbc;

    CorrectionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of every correction, newest first. */
    public Window<CorrectionRow> all(PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String condition = NEWEST_FIRST.condition(page, params);
        return Window.of(
                jdbc.sql(ROWS + " where " + condition + " order by " + NEWEST_FIRST.orderBy(page) + " limit "
                                + NEWEST_FIRST.limit(page))
                        .params(params)
                        .query(CorrectionLog::row)
                        .list(),
                page,
                k -> Cursor.of(k.id()));
    }

    /** The newest corrections of one claim, at most {@code limit}. */
    public List<CorrectionRow> of(long claimId, int limit) {
        return jdbc.sql(ROWS + " where k.claim_id = :claim order by k.id desc limit :limit")
                .param("claim", claimId)
                .param("limit", limit)
                .query(CorrectionLog::row)
                .list();
    }

    /** The newest corrections site-wide, for the feed. */
    public List<CorrectionRow> newest(int limit) {
        return jdbc.sql(ROWS + " order by k.id desc limit :limit")
                .param("limit", limit)
                .query(CorrectionLog::row)
                .list();
    }

    private static CorrectionRow row(ResultSet rs, int n) throws SQLException {
        return new CorrectionRow(
                rs.getLong("id"),
                rs.getString("claim_slug"),
                rs.getString("claim_statement"),
                rs.getString("subject"),
                rs.getString("reason"),
                rs.getTimestamp("corrected_at").toInstant());
    }
}
