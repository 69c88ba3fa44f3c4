package org.claimtrail.claim;

/**
 * Published inside the transaction that deletes a claim, before the claim's row goes: modules that
 * keep rows pointing at the claim (its links) remove theirs in the same transaction, so the
 * deletion is whole or not at all, and the claim module never reaches into their tables.
 */
public record ClaimDeleting(long claimId) {}
