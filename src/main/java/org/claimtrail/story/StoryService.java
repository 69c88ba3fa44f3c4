package org.claimtrail.story;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The story module's write side: for now, the story a claim is filed under, inside the claim's transaction. */
@Service
@Transactional(readOnly = true)
public class StoryService {

    private final StoryRepository stories;

    StoryService(@Lazy StoryRepository stories) {
        this.stories = stories;
    }

    public Optional<Story> find(long id) {
        return stories.findById(id);
    }
}
