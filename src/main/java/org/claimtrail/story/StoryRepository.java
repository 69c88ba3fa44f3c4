package org.claimtrail.story;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Stories for editing; other modules go through {@link StoryService} and {@link StoryQueries}. */
interface StoryRepository extends Repository<Story, Long> {

    Optional<Story> findById(Long id);

    Optional<Story> findBySlug(String slug);

    Optional<Story> findByFeaturedTrue();

    boolean existsBySlug(String slug);

    Story save(Story story);

    void flush();
}
