package org.claimtrail.claim;

/** A claim on file that says nearly the same as one being added. */
public record SimilarClaim(String slug, String statement) {}
