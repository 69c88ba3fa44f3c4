/**
 * Sources: the documents (reports, posts, statements) that carry claims, with their publisher and dates;
 * its form, which a pasted link fills in (through the {@code webpage} module's reader); withdrawing
 * a source and merging a duplicate (SourceWithdrawal), which publishes {@code SourceWithdrawn} and
 * {@code SourceMerged} for what rests on the source (the attribution module's rows) to follow in the
 * same transaction.
 *
 * <p>Joins the actor table for publishers' names in {@code SourceQueries}, and in
 * {@code SourceRepository} to find a source by part of its publisher's name for the picker.
 */
package org.claimtrail.source;
