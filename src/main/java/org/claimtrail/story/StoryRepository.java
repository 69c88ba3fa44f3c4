package org.claimtrail.story;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface StoryRepository extends JpaRepository<Story, Long> {

    Optional<Story> findBySlug(String slug);

    /** Newest first: the home page features the first. */
    List<Story> findAllByOrderByIdDesc();
}
