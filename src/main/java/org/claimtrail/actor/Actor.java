package org.claimtrail.actor;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person or organisation that speaks, publishes, or is spoken about. */
@Entity
@Audited
@Table(name = "actor")
public class Actor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String slug;
    private String name;

    @Enumerated(EnumType.STRING)
    private ActorKind kind;

    private String description;

    protected Actor() {
    }

    public Actor(String slug, String name, ActorKind kind, String description) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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
