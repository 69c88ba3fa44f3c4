package org.claimtrail.actor;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    /** Name, kind and description change; the slug stays, so permalinks keep working. */
    public void revise(String name, ActorKind kind, String description) {
        this.name = name;
        this.kind = kind;
        this.description = description;
    }
}
