package org.claimtrail.verdict.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.claimtrail.verdict.VerdictDraft;
import org.claimtrail.verdict.VerdictRating;
import org.claimtrail.verdict.VerdictView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A claim's verdict as pages read it: one row, no entity. */
@Component
public class VerdictRows {

    /** The order of the drafts list: newest verdict row first. */
    public static final Keyset DRAFTS_NEWEST_FIRST = Keyset.descending(Keyset.number("id"));

    private final JdbcClient jdbc;

    VerdictRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<VerdictView> of(long claimId) {
        return jdbc.sql("""
                        select rating, explanation, reviewed_by, approved_by, published_at,
                               draft_rating, draft_explanation, drafted_by, drafted_at, version
                        from verdict where claim_id = :claim""").param("claim", claimId).query(VerdictRows::view).optional();
    }

    /** Drafts waiting to be published, newest first, a page at a time (read off verdict_draft_idx). */
    public Window<VerdictDraft> drafts(PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String condition = DRAFTS_NEWEST_FIRST.condition(page, params);
        return Window.of(
                jdbc.sql("select id, claim_id, draft_rating, draft_explanation, drafted_by, drafted_at from verdict"
                                + " where draft_rating is not null and " + condition + " order by "
                                + DRAFTS_NEWEST_FIRST.orderBy(page) + " limit " + DRAFTS_NEWEST_FIRST.limit(page))
                        .params(params)
                        .query((rs, n) -> new VerdictDraft(
                                rs.getLong("id"),
                                rs.getLong("claim_id"),
                                rating(rs, "draft_rating"),
                                rs.getString("draft_explanation"),
                                rs.getString("drafted_by"),
                                instant(rs.getTimestamp("drafted_at"))))
                        .list(),
                page,
                d -> Cursor.of(d.id()));
    }

    public Count draftCount() {
        return Count.of(jdbc.sql(Count.sql("select 1 from verdict where draft_rating is not null"))
                .query(Long.class)
                .single());
    }

    private static VerdictView view(ResultSet rs, int row) throws SQLException {
        return new VerdictView(
                rating(rs, "rating"),
                rs.getString("explanation"),
                rs.getString("reviewed_by"),
                rs.getString("approved_by"),
                instant(rs.getTimestamp("published_at")),
                rating(rs, "draft_rating"),
                rs.getString("draft_explanation"),
                rs.getString("drafted_by"),
                instant(rs.getTimestamp("drafted_at")),
                rs.getLong("version"));
    }

    private static VerdictRating rating(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : VerdictRating.valueOf(value);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
