package org.claimtrail.source;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.claimtrail.actor.Actor;
import org.claimtrail.database.VersionedEntity;
import org.claimtrail.date.FuzzyDate;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.envers.Audited;

/** A document that carries claims: a news report, a social post, an official statement. */
@Entity
@Audited
@Table(name = "source")
public class Source extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    private SourceKind kind;

    private String title;

    /** The title is the editors' description of the source: its real headline is not known. */
    private boolean titleIsDescription;

    /** The outlet or platform; null when the source does not say (as for the tracked report). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Actor publisher;

    private String author;
    private String url;
    private String archiveUrl;

    @Embedded
    @EmbeddedColumnNaming("published_%s")
    private FuzzyDate published;

    private LocalDate retrievedOn;

    /** Set when editors withdraw the source: it stays visible, marked, with the reason. */
    private String withdrawnReason;

    private Instant withdrawnAt;

    /** The source this one duplicated, when an admin merged it there. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Source mergedInto;

    protected Source() {}

    public Source(SourceKind kind, String title, Actor publisher, String url, FuzzyDate published) {
        this.kind = kind;
        this.title = title;
        this.publisher = publisher;
        this.url = url;
        this.published = published;
    }

    public SourceKind getKind() {
        return kind;
    }

    public boolean isTitleIsDescription() {
        return titleIsDescription;
    }

    public String getTitle() {
        return title;
    }

    public Actor getPublisher() {
        return publisher;
    }

    public String getAuthor() {
        return author;
    }

    public String getUrl() {
        return url;
    }

    public String getArchiveUrl() {
        return archiveUrl;
    }

    public FuzzyDate getPublished() {
        return published;
    }

    public LocalDate getRetrievedOn() {
        return retrievedOn;
    }

    public void revise(
            SourceKind kind,
            String title,
            boolean titleIsDescription,
            Actor publisher,
            String author,
            String url,
            String archiveUrl,
            FuzzyDate published,
            LocalDate retrievedOn) {
        this.kind = kind;
        this.title = title;
        this.titleIsDescription = titleIsDescription;
        this.publisher = publisher;
        this.author = author;
        this.url = url;
        this.archiveUrl = archiveUrl;
        this.published = published;
        this.retrievedOn = retrievedOn;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Withdrawn with a reason; {@code mergedInto} names the source it duplicated, or null. */
    public void withdraw(String reason, Instant at, Source mergedInto) {
        this.withdrawnReason = reason;
        this.withdrawnAt = at;
        this.mergedInto = mergedInto;
    }
}
