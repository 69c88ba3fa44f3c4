package org.claimtrail.actor;

/** An actor as other pages name and link them. */
public record ActorRef(long id, String slug, String name, ActorKind kind) {}
