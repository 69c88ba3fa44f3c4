package org.claimtrail.actor;

import java.util.List;
import java.util.Optional;
import org.claimtrail.database.TransactionLocks;
import org.claimtrail.database.Versions;
import org.claimtrail.form.Choices;
import org.claimtrail.form.TextSearch;
import org.claimtrail.form.UnknownChoice;
import org.claimtrail.slug.Slugs;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ActorService {

    static final int SLUG_LENGTH = 80;

    /** Held while choosing a new actor's slug or name, so two simultaneous creations cannot pick the same. */
    private static final String NEW_ACTOR_LOCK = "new-actor";

    private final ActorRepository actors;
    private final TransactionLocks locks;

    ActorService(@Lazy ActorRepository actors, TransactionLocks locks) {
        this.actors = actors;
        this.locks = locks;
    }

    @Transactional(readOnly = true)
    public List<Actor> all() {
        return actors.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Optional<Actor> find(Long id) {
        return id == null ? Optional.empty() : actors.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Actor> bySlug(String slug) {
        return actors.findBySlug(slug);
    }

    /** An actor of that name, in any case. */
    @Transactional(readOnly = true)
    public Optional<Actor> findByName(String name) {
        return actors.findFirstByNameIgnoreCase(name);
    }

    /**
     * A picker's choices of actor: the chosen one, then those whose name contains what was typed
     * (names that start with it first), or else the newest.
     */
    @Transactional(readOnly = true)
    public Choices choices(Long chosen, String typed) {
        return Choices.offer(
                "actors",
                chosen,
                typed,
                actors::findById,
                (pattern, prefix, limit) -> actors.findMatching(pattern, prefix, PageRequest.of(0, limit)),
                limit -> actors.findNewest(PageRequest.of(0, limit)),
                ActorService::choice);
    }

    /** At most this many actors are offered as "did you mean". */
    static final int RESEMBLING = 5;

    /**
     * Actors whose names resemble this one (NameResemblance): what a new actor or publisher may
     * already be on file as. An actor of exactly this name (any case) is among them.
     */
    @Transactional(readOnly = true)
    public List<Actor> resembling(String name) {
        java.util.Map<Long, Actor> candidates = new java.util.LinkedHashMap<>();
        // A resembling name shares its first or its last distinguishing word ("Kremlin Watchers", "The Kremlin").
        for (String word : NameResemblance.endWords(name)) {
            actors.findMatching(TextSearch.pattern(word), TextSearch.prefixPattern(word), PageRequest.of(0, 200))
                    .forEach(actor -> candidates.putIfAbsent(actor.getId(), actor));
        }
        return candidates.values().stream()
                .filter(actor -> NameResemblance.resemble(actor.getName(), name))
                .limit(RESEMBLING)
                .toList();
    }

    private static Choices.Choice choice(Actor actor) {
        return new Choices.Choice(actor.getId(), actor.getName());
    }

    public Actor create(String name, ActorKind kind, String description) {
        return create(name, kind, description, null);
    }

    /** A new actor, speaking for the organisation named (by slug or name), or for themselves if none. */
    public Actor create(String name, ActorKind kind, String description, String speaksFor) {
        locks.lock(NEW_ACTOR_LOCK);
        String slug = Slugs.unique(Slugs.of(name, SLUG_LENGTH), actors::existsBySlug);
        Actor actor = new Actor(slug, name, kind, description);
        actor.speakFor(organisation(speaksFor, actor));
        return actors.save(actor);
    }

    /** The actor of that name (any case), or a new news outlet: what a source form's "new publisher" means. */
    public Actor findOrCreatePublisher(String name) {
        locks.lock(NEW_ACTOR_LOCK);
        return actors.findFirstByNameIgnoreCase(name).orElseGet(() -> create(name, ActorKind.NEWS_OUTLET, null));
    }

    public Actor update(
            long id, Long expectedVersion, String name, ActorKind kind, String description, String speaksFor) {
        Actor actor = actors.findById(id).orElseThrow();
        Versions.check(Actor.class, id, expectedVersion, actor.getVersion());
        Actor organisation = organisation(speaksFor, actor);
        if (organisation != null && actors.existsBySpeaksFor(actor)) {
            throw new UnknownChoice(
                    "speaksFor", "Others speak for " + actor.getName() + ": it cannot also speak for someone else.");
        }
        actor.revise(name, kind, description);
        actor.speakFor(organisation);
        return actor;
    }

    /**
     * The organisation typed as the one an actor speaks for (its address or its name), or null for
     * none. One step only, so an origin is always the organisation itself: not the actor, nor one
     * who speaks for another.
     */
    private Actor organisation(String typed, Actor speaker) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        Actor organisation = actors.findBySlug(text)
                .or(() -> actors.findFirstByNameIgnoreCase(text))
                .orElseThrow(() -> new UnknownChoice(
                        "speaksFor",
                        "No actor is named “" + text + "”. Check the spelling, or add the organisation first."));
        // One persistence context: an actor found again by its name is the same instance.
        if (organisation == speaker) {
            throw new UnknownChoice("speaksFor", "An actor cannot speak for itself; leave this empty.");
        }
        if (organisation.getSpeaksFor() != null) {
            throw new UnknownChoice(
                    "speaksFor",
                    organisation.getName() + " speaks for "
                            + organisation.getSpeaksFor().getName() + ": name "
                            + organisation.getSpeaksFor().getName() + " instead.");
        }
        return organisation;
    }
}
