package org.claimtrail.actor;

/** What kind of actor someone is. */
public enum ActorKind {
    PERSON("Person"),
    NEWS_OUTLET("News outlet"),
    GOVERNMENT_BODY("Government body"),
    COMPANY("Company"),
    PLATFORM("Platform"),
    ORGANISATION("Organisation");

    private final String label;

    ActorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
