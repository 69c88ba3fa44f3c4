package org.claimtrail.attribution;

/**
 * Whose words an attribution's quote is. A reader must not take a report's sentence about what
 * someone said for that person's own words, so pages, CSV and the API say which it is, and an
 * actor page lists as the actor's statements only their own words.
 */
public enum Wording {
    /** Verbatim what the speaker said or wrote. */
    OWN,
    /** The source's sentence about what the speaker said or did: narration, paraphrase. */
    SOURCE
}
