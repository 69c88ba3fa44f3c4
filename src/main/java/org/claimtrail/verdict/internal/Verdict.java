package org.claimtrail.verdict.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.claimtrail.database.VersionedEntity;
import org.claimtrail.verdict.VerdictRating;

/**
 * The desk's verdict on one claim: the draft an editor is writing, and what was last published.
 * A published verdict stays public while a new draft is reviewed; publishing needs a second pair
 * of eyes (another editor) or an admin. The claim is the claim module's: held by its id.
 */
@Entity
@Table(name = "verdict")
public class Verdict extends VersionedEntity {

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

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

    protected Verdict() {}

    public Verdict(long claimId) {
        this.claimId = claimId;
    }

    public void draft(VerdictRating rating, String explanation, String editor, Instant at) {
        this.draftRating = rating;
        this.draftExplanation = explanation;
        this.draftedBy = editor;
        this.draftedAt = at;
    }

    public boolean hasDraft() {
        return draftRating != null;
    }

    public boolean isPublished() {
        return rating != null;
    }

    public String draftedBy() {
        return draftedBy;
    }

    /** Whether publishing the draft would change what readers were told. */
    public boolean draftChangesPublished() {
        return isPublished() && (draftRating != rating || !draftExplanation.equals(explanation));
    }

    /** The draft becomes the published verdict; the draft is cleared. */
    public void publish(String approver, Instant at) {
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
}
