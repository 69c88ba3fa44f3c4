package org.claimtrail.source;

import org.claimtrail.actor.ActorRef;
import org.claimtrail.date.DateView;

/** A source as other pages cite it: title, kind, address, publisher, date. */
public record SourceRef(long id, String title, SourceKind kind, String url, ActorRef publisher, DateView published) {}
