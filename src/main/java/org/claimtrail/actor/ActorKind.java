package org.claimtrail.actor;

public enum ActorKind {
    PERSON, NEWS_OUTLET, GOVERNMENT_BODY, COMPANY, PLATFORM, ORGANISATION
}
