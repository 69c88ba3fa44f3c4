/**
 * The desk's own working pages and records, for editors only: "My desk" (what is assigned to the
 * editor, what changed on it since they last looked, claims ready for review, the draft verdicts
 * waiting for a second editor, the newest notes), the desk's queue with its filters, work states
 * and assignments (claim_work, claim_work_event), bulk actions, and internal notes on claims
 * (desk_note). Nothing here is ever part of what a reader is sent.
 *
 * <p>Reads other modules' tables in SQL, for its pages only, in {@code QueueRows}: a claim's story
 * (the queue's story filter), and the claims' and attributions' audit rows with their revisions
 * and the accounts' names (what other editors changed on an editor's claims).
 */
package org.claimtrail.desk;
