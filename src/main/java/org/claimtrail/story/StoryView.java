package org.claimtrail.story;

/** A story as its page shows it. */
public record StoryView(long id, String slug, String title, String summary, ClaimOrder claimOrder, boolean featured) {

    public boolean byDate() {
        return claimOrder == ClaimOrder.EVENT_DATE;
    }

    public StoryRef ref() {
        return new StoryRef(id, slug, title);
    }
}
