package org.claimtrail.claim;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimtrail.actor.Actor;
import org.claimtrail.database.VersionedEntity;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.story.Story;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/** One checkable statement, with the editors' verdict and who puts it forward or denies it. */
@Entity
@Audited
@Table(name = "claim")
public class Claim extends VersionedEntity {

    // Stories have no history of their own (no page shows one): a claim's revisions keep the
    // story's id, and read its current title.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Story story;

    private String slug;
    private String statement;

    @Enumerated(EnumType.STRING)
    private ClaimStatus status;

    private String statusReason;

    /** When the claimed event happened (null for claims that are not about an event). */
    @Embedded
    @EmbeddedColumnNaming("event_%s")
    private FuzzyDate event;

    /** Free tags for grouping and filtering ("starlink-taiwan"), lower case. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> topics = new ArrayList<>();

    /** Set when editors withdraw the claim; it stays visible, marked, never silently gone. */
    private String withdrawnReason;

    private Instant withdrawnAt;

    /** The actors the claim is about, whether or not they speak. */
    @ManyToMany
    @JoinTable(
            name = "claim_subject",
            joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderBy("name")
    private Set<Actor> subjects = new LinkedHashSet<>();

    protected Claim() {}

    public Claim(Story story, String slug, String statement, ClaimStatus status, String statusReason, FuzzyDate event) {
        this.story = story;
        this.slug = slug;
        this.statement = statement;
        this.status = status;
        this.statusReason = statusReason;
        this.event = event;
    }

    public Story getStory() {
        return story;
    }

    public String getSlug() {
        return slug;
    }

    public String getStatement() {
        return statement;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public FuzzyDate getEvent() {
        return event;
    }

    public List<String> getTopics() {
        return List.copyOf(topics);
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

    public Set<Actor> getSubjects() {
        return Set.copyOf(subjects);
    }

    /** Into another story, as a desk moving several claims at once does; nothing else changes. */
    void moveTo(Story story) {
        this.story = story;
    }

    void revise(
            Story story,
            String statement,
            ClaimStatus status,
            String statusReason,
            FuzzyDate event,
            List<String> topics) {
        this.story = story;
        this.statement = statement;
        this.status = status;
        this.statusReason = statusReason;
        this.event = event;
        this.topics = new ArrayList<>(topics);
    }

    /** Whom the claim is about, replacing whoever it was about. */
    void about(java.util.Collection<Actor> actors) {
        subjects.clear();
        subjects.addAll(actors);
    }

    void withdraw(String reason, Instant at) {
        this.withdrawnReason = reason;
        this.withdrawnAt = at;
    }
}
