/**
 * Links between claims ("the Kremlin's denial contradicts the regular-contact claim"): the link
 * entity, its form, the full lists each way, and the "Related claims" section it adds to a claim's
 * page ({@code ClaimPageSection}). It depends on {@code claim}; {@code claim} knows nothing of it
 * and announces a deletion ({@code ClaimDeleting}) that this module answers in the same
 * transaction. Reads the claim table in SQL for the statement at the other end, for pages only, in
 * {@code LinkReadSql}.
 */
package org.claimtrail.link;
