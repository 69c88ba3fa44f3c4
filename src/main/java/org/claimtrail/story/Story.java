package org.claimtrail.story;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.claimtrail.database.VersionedEntity;

/** One investigation: the claims of a report and its follow-ups. */
@Entity
@Table(name = "story")
public class Story extends VersionedEntity {

    private String slug;
    private String title;
    private String summary;

    protected Story() {
    }

    public Story(String slug, String title, String summary) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
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
