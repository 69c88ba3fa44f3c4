package org.claimtrail.verdict.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.claimtrail.verdict.VerdictRating;
import org.claimtrail.verdict.VerdictView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A claim's verdict as pages read it: one row, no entity. */
@Component
public class VerdictRows {

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
