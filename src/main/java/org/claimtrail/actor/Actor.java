package org.claimtrail.actor;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.claimtrail.database.VersionedEntity;
import org.hibernate.envers.Audited;

/** A person or organisation that speaks, publishes, or is spoken about. */
@Entity
@Audited
@Table(name = "actor")
public class Actor extends VersionedEntity {

    private String slug;
    private String name;

    @Enumerated(EnumType.STRING)
    private ActorKind kind;

    private String description;

    /**
     * The organisation this actor speaks for (a spokesman for the Kremlin): their statements and the
     * organisation's count as one origin of a claim. Null for most.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaks_for_id")
    private Actor speaksFor;

    protected Actor() {}

    public Actor(String slug, String name, ActorKind kind, String description) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public Actor getSpeaksFor() {
        return speaksFor;
    }

    /** Name, kind and description change; the slug stays, so permalinks keep working. */
    public void revise(String name, ActorKind kind, String description) {
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    /** Says whom this actor speaks for (null: themselves), one step only: never itself, never a spokesman. */
    public void speakFor(Actor organisation) {
        if (organisation != null && (organisation == this || organisation.getSpeaksFor() != null)) {
            throw new IllegalArgumentException("an actor speaks for an organisation that speaks for itself");
        }
        this.speaksFor = organisation;
    }
}
