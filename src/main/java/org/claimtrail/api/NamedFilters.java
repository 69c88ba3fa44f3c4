package org.claimtrail.api;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.actor.ActorNames;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.story.StoryQueries;
import org.springframework.stereotype.Component;

/**
 * The API's check that a {@code story} or {@code actor} filter names something: on a page a
 * name that matches nothing just finds nothing, which a person sees at once; a program would
 * take the empty list for an answer. One indexed lookup per named filter, only when one is given.
 */
@Component
class NamedFilters {

    private final StoryQueries stories;
    private final ActorNames actors;

    NamedFilters(StoryQueries stories, ActorNames actors) {
        this.stories = stories;
        this.actors = actors;
    }

    /** The filters (already cleaned; null when not given) that name nothing, each with what to write instead. */
    List<ParameterProblem> unknown(String story, String actor) {
        List<ParameterProblem> problems = new ArrayList<>();
        if (story != null && stories.named(story).isEmpty()) {
            problems.add(new ParameterProblem(
                    "story",
                    "No story has the address or title “" + story
                            + "”. The story filter takes a story's address (as in /stories/…) or its title."));
        }
        if (actor != null) {
            ActorNames.Lookup lookup = actors.lookUp(actor);
            if (!lookup.found()
                    && lookup.candidates().stream().noneMatch(a -> a.name().equalsIgnoreCase(actor))) {
                problems.add(new ParameterProblem(
                        "actor",
                        "No actor has the address or name “" + actor + "”."
                                + (lookup.candidates().isEmpty()
                                        ? ""
                                        : " Close matches: "
                                                + String.join(
                                                        ", ",
                                                        lookup.candidates().stream()
                                                                .map(a -> a.name() + " (" + a.slug() + ")")
                                                                .toList())
                                                + ".")));
            }
        }
        return problems;
    }
}
