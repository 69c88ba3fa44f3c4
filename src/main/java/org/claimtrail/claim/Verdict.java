package org.claimtrail.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.claimtrail.database.VersionedEntity;

import java.time.Instant;

/**
 * The desk's verdict on one claim: the draft an editor is writing, and what was last published.
 * A published verdict stays public while a new draft is reviewed; publishing needs a second pair
 * of eyes (another editor) or an admin.
 */
@Entity
@Table(name = "verdict")
class Verdict extends VersionedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    private Claim claim;

    @Enumerated(EnumType.STRING)
    private VerdictRating draftRating;
    private String draftExplanation;
    private String draftedBy;
    private Instant draftedAt;

    @Enumerated(EnumType.STRING)
    private VerdictRating rating;
    private String explanation;
    private String reviewedBy;
    private String approvedBy;
    private Instant publishedAt;

    protected Verdict() {
    }

    Verdict(Claim claim) {
        this.claim = claim;
    }

    void draft(VerdictRating rating, String explanation, String editor, Instant at) {
        this.draftRating = rating;
        this.draftExplanation = explanation;
        this.draftedBy = editor;
        this.draftedAt = at;
    }

    boolean hasDraft() {
        return draftRating != null;
    }

    boolean isPublished() {
        return rating != null;
    }

    String draftedBy() {
        return draftedBy;
    }

    /** Whether publishing the draft would change what readers were told. */
    boolean draftChangesPublished() {
        return isPublished() && (draftRating != rating || !draftExplanation.equals(explanation));
    }

    /** The draft becomes the published verdict; the draft is cleared. */
    void publish(String approver, Instant at) {
        this.rating = draftRating;
        this.explanation = draftExplanation;
        this.reviewedBy = draftedBy;
        this.approvedBy = approver;
        this.publishedAt = at;
        this.draftRating = null;
        this.draftExplanation = null;
        this.draftedBy = null;
        this.draftedAt = null;
    }

    Claim claim() {
        return claim;
    }
}
