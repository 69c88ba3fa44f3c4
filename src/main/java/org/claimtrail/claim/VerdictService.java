package org.claimtrail.claim;

import org.claimtrail.database.TransactionLocks;
import org.claimtrail.site.NotFound;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Verdicts: an editor drafts, a second editor or an admin publishes. Publishing a verdict that
 * changes what readers were told is a correction, with its reason in the public log.
 */
@Service
@Transactional
public class VerdictService {

    /** What came of asking to publish. */
    public enum Publication { PUBLISHED, NO_DRAFT, DRAFT_CHANGED, NEEDS_SECOND_EDITOR, NEEDS_CORRECTION_REASON }

    private final VerdictRepository verdicts;
    private final ClaimRepository claims;
    private final CorrectionRecorder corrections;
    private final TransactionLocks locks;
    private final JdbcClient jdbc;
    private final Clock clock;

    VerdictService(@Lazy VerdictRepository verdicts, @Lazy ClaimRepository claims, CorrectionRecorder corrections,
                   TransactionLocks locks, JdbcClient jdbc, Clock clock) {
        this.verdicts = verdicts;
        this.claims = claims;
        this.corrections = corrections;
        this.locks = locks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A claim's verdict changes one save at a time, whichever instance serves it: two first drafts
     * at once would both insert (one failing on the unique claim), and two publishes both publish.
     */
    private Claim lockedClaim(String claimSlug) {
        Claim claim = claims.findBySlug(claimSlug).orElseThrow(() -> NotFound.claim(claimSlug));
        locks.lock("verdict:" + claim.getId());
        return claim;
    }

    public void draft(String claimSlug, VerdictRating rating, String explanation, String editor) {
        Claim claim = lockedClaim(claimSlug);
        Verdict verdict = verdicts.findByClaim(claim).orElseGet(() -> new Verdict(claim));
        verdict.draft(rating, explanation, editor, clock.instant());
        verdicts.saveAndFlush(verdict);
    }

    /**
     * Publishes the claim's draft verdict, if it is still the draft the publisher read
     * ({@code readVersion}, from {@link VerdictView#version}): a draft saved again meanwhile is not
     * published in the publisher's name. {@code correctionReason} is needed only when a published
     * verdict changes; it then goes to the public corrections log.
     */
    public Publication publish(String claimSlug, String editor, boolean admin, String correctionReason, Long readVersion) {
        Claim claim = lockedClaim(claimSlug);
        Verdict verdict = verdicts.findByClaim(claim).filter(Verdict::hasDraft).orElse(null);
        if (verdict == null) {
            return Publication.NO_DRAFT;
        }
        if (readVersion == null || readVersion != verdict.getVersion()) {
            return Publication.DRAFT_CHANGED;
        }
        if (!admin && editor.equals(verdict.draftedBy())) {
            return Publication.NEEDS_SECOND_EDITOR;
        }
        if (verdict.draftChangesPublished()) {
            if (correctionReason == null) {
                return Publication.NEEDS_CORRECTION_REASON;
            }
            corrections.record(claim.getId(), "Verdict", correctionReason);
        }
        verdict.publish(editor, clock.instant());
        verdicts.saveAndFlush(verdict);
        return Publication.PUBLISHED;
    }

    /** What the verdict form shows: the claim it judges, and the verdict so far. */
    public record Judged(String slug, String statement, VerdictView verdict) {
    }

    @Transactional(readOnly = true)
    public Judged judged(String claimSlug) {
        Claim claim = claims.findBySlug(claimSlug).orElseThrow(() -> NotFound.claim(claimSlug));
        return new Judged(claim.getSlug(), claim.getStatement(), of(claim.getId()));
    }

    /** The claim's verdict as its page shows it; {@link VerdictView#NONE} when there is none. */
    @Transactional(readOnly = true)
    public VerdictView of(long claimId) {
        return jdbc.sql("""
                        select rating, explanation, reviewed_by, approved_by, published_at,
                               draft_rating, draft_explanation, drafted_by, drafted_at, version
                        from verdict where claim_id = :claim""")
                .param("claim", claimId).query(VerdictService::view).optional().orElse(VerdictView.NONE);
    }

    private static VerdictView view(ResultSet rs, int row) throws SQLException {
        return new VerdictView(rating(rs, "rating"), rs.getString("explanation"), rs.getString("reviewed_by"),
                rs.getString("approved_by"), instant(rs.getTimestamp("published_at")), rating(rs, "draft_rating"),
                rs.getString("draft_explanation"), rs.getString("drafted_by"), instant(rs.getTimestamp("drafted_at")),
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
