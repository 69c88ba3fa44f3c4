package org.claimtrail.claim;

/** A claim an editor may pick in a form. */
public record ClaimChoice(long id, String statement) {}
