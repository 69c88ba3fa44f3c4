package org.claimtrail.verdict;

import java.time.Clock;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.correction.CorrectionRecorder;
import org.claimtrail.database.TransactionLocks;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.claimtrail.verdict.internal.Verdict;
import org.claimtrail.verdict.internal.VerdictRepository;
import org.claimtrail.verdict.internal.VerdictRows;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verdicts: an editor drafts, a second editor or an admin publishes. Publishing a verdict that
 * changes what readers were told is a correction, with its reason in the public log.
 */
@Service
@Transactional
public class VerdictService {

    /** What came of asking to publish. */
    public enum Publication {
        PUBLISHED,
        NO_DRAFT,
        DRAFT_CHANGED,
        NEEDS_SECOND_EDITOR,
        NEEDS_CORRECTION_REASON
    }

    private final VerdictRepository verdicts;
    private final VerdictRows rows;
    private final ClaimQueries claims;
    private final CorrectionRecorder corrections;
    private final TransactionLocks locks;
    private final Clock clock;

    VerdictService(
            @Lazy VerdictRepository verdicts,
            VerdictRows rows,
            ClaimQueries claims,
            CorrectionRecorder corrections,
            TransactionLocks locks,
            Clock clock) {
        this.verdicts = verdicts;
        this.rows = rows;
        this.claims = claims;
        this.corrections = corrections;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * A claim's verdict changes one save at a time, whichever instance serves it: two first drafts
     * at once would both insert (one failing on the unique claim), and two publishes both publish.
     */
    private ClaimView lockedClaim(String claimSlug) {
        ClaimView claim = claims.load(claimSlug);
        locks.lock("verdict:" + claim.id());
        return claim;
    }

    public void draft(String claimSlug, VerdictRating rating, String explanation, String editor) {
        ClaimView claim = lockedClaim(claimSlug);
        Verdict verdict = verdicts.findByClaimId(claim.id()).orElseGet(() -> new Verdict(claim.id()));
        verdict.draft(rating, explanation, editor, clock.instant());
        verdicts.saveAndFlush(verdict);
    }

    /**
     * Publishes the claim's draft verdict, if it is still the draft the publisher read
     * ({@code readVersion}, from {@link VerdictView#version}): a draft saved again meanwhile is not
     * published in the publisher's name. {@code correctionReason} is needed only when a published
     * verdict changes; it then goes to the public corrections log.
     */
    public Publication publish(
            String claimSlug, String editor, boolean admin, String correctionReason, Long readVersion) {
        ClaimView claim = lockedClaim(claimSlug);
        Verdict verdict =
                verdicts.findByClaimId(claim.id()).filter(Verdict::hasDraft).orElse(null);
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
            corrections.record(claim.id(), "Verdict", correctionReason);
        }
        verdict.publish(editor, clock.instant());
        verdicts.saveAndFlush(verdict);
        return Publication.PUBLISHED;
    }

    /** The order of {@link #drafts}, for reading its cursors. */
    public static final Keyset DRAFT_ORDER = VerdictRows.DRAFTS_NEWEST_FIRST;

    /** Drafts waiting to be published, newest first: the desk's review queue. Editors only. */
    @Transactional(readOnly = true)
    public Window<VerdictDraft> drafts(PageRequest page) {
        return rows.drafts(page);
    }

    @Transactional(readOnly = true)
    public Count draftCount() {
        return rows.draftCount();
    }

    /** What the verdict form shows: the claim it judges, and the verdict so far. */
    public record Judged(String slug, String statement, VerdictView verdict) {}

    @Transactional(readOnly = true)
    public Judged judged(String claimSlug) {
        ClaimView claim = claims.load(claimSlug);
        return new Judged(claim.slug(), claim.statement(), of(claim.id()));
    }

    /** The claim's verdict as its page shows it; {@link VerdictView#NONE} when there is none. */
    @Transactional(readOnly = true)
    public VerdictView of(long claimId) {
        return rows.of(claimId).orElse(VerdictView.NONE);
    }
}
