/**
 * Who says so: an attribution ties a claim to a source and to who asserts, denies or declines to
 * comment on it, named or anonymous, on what basis, in whose words, and when; and an attribution
 * that only repeats another outlet's relays it. The module holds the entity, its forms and
 * withdrawal, the full lists, and the sections it adds to a claim's page ("Who says so",
 * {@code ClaimPageSection}) and to an actor's page (their own words, what is reported of them).
 *
 * <p>It depends on {@code claim}: an attribution belongs to a claim, and its stance is the claim
 * module's vocabulary, because the sourcing summary counts stances. {@code claim} knows nothing of
 * it: it announces a deletion ({@code ClaimDeleting}) that this module answers in the same
 * transaction, and reads the attribution table in SQL only for the sourcing summary and the
 * speakers beside a claim in a list.
 *
 * <p>Reads other modules' tables in SQL, for pages only: the claim, source, publisher and speaker
 * beside each attribution, in {@code AttributionReadSql}.
 */
package org.claimtrail.attribution;
