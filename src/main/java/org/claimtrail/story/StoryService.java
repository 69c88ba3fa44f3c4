package org.claimtrail.story;

import java.util.Optional;
import org.claimtrail.database.TransactionLocks;
import org.claimtrail.database.Versions;
import org.claimtrail.site.NotFound;
import org.claimtrail.slug.Slugs;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The story module's write side: stories created and revised, and the story a claim is filed under. */
@Service
@Transactional
public class StoryService {

    static final int SLUG_LENGTH = 80;

    /** Held while choosing a slug or the featured story, so two simultaneous saves cannot both take it. */
    private static final String STORY_LOCK = "story";

    private final StoryRepository stories;
    private final TransactionLocks locks;

    StoryService(@Lazy StoryRepository stories, TransactionLocks locks) {
        this.stories = stories;
        this.locks = locks;
    }

    /** What an editor gives a story; a null slug is made from the title. */
    public record StoryDetails(String slug, String title, String summary, ClaimOrder claimOrder, boolean featured) {}

    /** The slug an editor asked for is taken: the form says so and links the story that has it. */
    public static class SlugTaken extends RuntimeException {
        private final String slug;

        SlugTaken(String slug) {
            super(
                    Slugs.isReserved(slug)
                            ? "The address /stories/" + slug + " is a page of the site; choose another."
                            : "Another story already has the address /stories/" + slug + ".");
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Story> find(long id) {
        return stories.findById(id);
    }

    @Transactional(readOnly = true)
    public Story loadForEditing(String slug) {
        return stories.findBySlug(slug).orElseThrow(() -> NotFound.story(slug));
    }

    public Story create(StoryDetails details) {
        locks.lock(STORY_LOCK);
        String slug;
        if (details.slug() != null) {
            if (Slugs.isReserved(details.slug()) || stories.existsBySlug(details.slug())) {
                throw new SlugTaken(details.slug());
            }
            slug = details.slug();
        } else {
            slug = Slugs.unique(Slugs.of(details.title(), SLUG_LENGTH), stories::existsBySlug);
        }
        Story story = stories.save(new Story(slug, details.title(), details.summary(), details.claimOrder()));
        feature(story, details.featured());
        return story;
    }

    public Story update(String slug, Long expectedVersion, StoryDetails details) {
        locks.lock(STORY_LOCK);
        Story story = loadForEditing(slug);
        Versions.check(Story.class, story.getId(), expectedVersion, story.getVersion());
        story.revise(details.title(), details.summary(), details.claimOrder());
        feature(story, details.featured());
        return story;
    }

    /** One featured story at most: featuring this one unfeatures the other (flushed first, for the unique index). */
    private void feature(Story story, boolean featured) {
        if (featured && !story.isFeatured()) {
            stories.findByFeaturedTrue()
                    .filter(other -> !other.getId().equals(story.getId()))
                    .ifPresent(other -> {
                        other.feature(false);
                        stories.flush();
                    });
        }
        story.feature(featured);
    }
}
