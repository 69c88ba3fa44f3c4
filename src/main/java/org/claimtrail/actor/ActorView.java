package org.claimtrail.actor;

/** An actor as their page and lists show them. */
public record ActorView(long id, String slug, String name, ActorKind kind, String description) {

    public ActorRef ref() {
        return new ActorRef(id, slug, name, kind);
    }
}
