package org.claimtrail.story;

/** A story as other pages name and link it. */
public record StoryRef(long id, String slug, String title) {}
