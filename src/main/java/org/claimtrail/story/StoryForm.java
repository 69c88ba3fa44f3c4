package org.claimtrail.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The story form: a permalink chosen once, a title, a summary, how the page orders its claims. */
public class StoryForm {

    @Size(max = 80, message = "Keep the address under 80 characters.")
    @Pattern(
            regexp = "|[a-z0-9]+(-[a-z0-9]+)*",
            message = "Use lower-case letters, digits and single dashes, "
                    + "e.g. musk-putin-contacts; or leave it empty to make one from the title.")
    private String slug;

    @NotBlank(message = "Give the story a title.")
    @Size(max = 300, message = "Keep the title under 300 characters.")
    private String title;

    @Size(max = 2000, message = "Keep the summary under 2,000 characters.")
    private String summary;

    @NotNull(message = "Choose how the story's page orders its claims.")
    private ClaimOrder claimOrder = ClaimOrder.EVENT_DATE;

    private boolean featured;

    private Long version;

    static StoryForm of(Story story) {
        StoryForm form = new StoryForm();
        form.slug = story.getSlug();
        form.title = story.getTitle();
        form.summary = story.getSummary();
        form.claimOrder = story.getClaimOrder();
        form.featured = story.isFeatured();
        form.version = story.getVersion();
        return form;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public ClaimOrder getClaimOrder() {
        return claimOrder;
    }

    public void setClaimOrder(ClaimOrder claimOrder) {
        this.claimOrder = claimOrder;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
