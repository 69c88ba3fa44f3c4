package org.claimtrail.story;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.claimtrail.database.VersionedEntity;
import org.hibernate.envers.Audited;

/** One investigation: the claims of a report and its follow-ups. Its revisions are kept (V16). */
@Entity
@Audited
@Table(name = "story")
public class Story extends VersionedEntity {

    private String slug;
    private String title;
    private String summary;

    @Enumerated(EnumType.STRING)
    private ClaimOrder claimOrder = ClaimOrder.EVENT_DATE;

    private boolean featured;

    protected Story() {}

    public Story(String slug, String title, String summary, ClaimOrder claimOrder) {
        this.slug = slug;
        revise(title, summary, claimOrder);
    }

    /** The slug is the story's permalink and never changes; everything else may. */
    void revise(String title, String summary, ClaimOrder claimOrder) {
        this.title = title;
        this.summary = summary;
        this.claimOrder = claimOrder;
    }

    void feature(boolean featured) {
        this.featured = featured;
    }

    public ClaimOrder getClaimOrder() {
        return claimOrder;
    }

    public boolean isFeatured() {
        return featured;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }
}
