package org.claimtrail.link;

/** A link between claims seen from one of them: the type, which way, and the claim at the other end. */
public record LinkRow(long id, LinkType type, boolean outgoing, String otherSlug, String otherStatement, String note) {}
