/**
 * Sources: the documents (reports, posts, statements) that carry claims, with their publisher and dates;
 * reading a pasted link to fill the form (SourcePageReader); withdrawing a source and merging a
 * duplicate (SourceWithdrawal), which publishes {@code SourceWithdrawn} and {@code SourceMerged} for
 * what rests on the source (the claim module's attributions) to follow in the same transaction.
 *
 * <p>Joins the actor table for publishers' names in {@code SourceQueries} only.
 */
package org.claimtrail.source;
