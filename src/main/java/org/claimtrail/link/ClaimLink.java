package org.claimtrail.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.claimtrail.claim.Claim;
import org.claimtrail.database.VersionedEntity;
import org.hibernate.envers.Audited;

/** A typed relation between two claims: the Kremlin's denial CONTRADICTS the regular-contact claim. */
@Entity
@Audited
@Table(name = "claim_link")
public class ClaimLink extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_claim_id")
    private Claim from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_claim_id")
    private Claim to;

    @Enumerated(EnumType.STRING)
    @Column(name = "type")
    private LinkType type;

    private String note;

    protected ClaimLink() {}

    public ClaimLink(Claim from, Claim to, LinkType type, String note) {
        if (from == to) {
            throw new IllegalArgumentException("A claim cannot be linked to itself");
        }
        this.from = from;
        this.to = to;
        this.type = type;
        this.note = note;
    }

    public Claim getFrom() {
        return from;
    }

    public Claim getTo() {
        return to;
    }

    public LinkType getType() {
        return type;
    }

    public String getNote() {
        return note;
    }
}
