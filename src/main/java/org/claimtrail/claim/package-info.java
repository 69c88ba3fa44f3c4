/**
 * Claims and who attributes them: the claim aggregate, its attributions, and the derived sourcing
 * summary. Links between claims are the {@code link} module's, the corrections log the
 * {@code correction} module's; a claim's deletion is announced ({@code ClaimDeleting}) for the
 * modules that keep rows pointing at it. Its entities refer to story, source and actor entities
 * (JPA relations); its services resolve those by id through the owning modules' services.
 *
 * <p>Other modules add sections to a claim's page through {@code ClaimPageSection} (the verdict,
 * the desk's work and notes, related claims);
 * the claims list and its search are the {@code search} module's.
 *
 * <p>Reads other modules' tables in SQL, for pages only: story, actor and source names beside
 * claims, and how many links a claim has before its deletion, in {@code ClaimReadSql}. Nothing else
 * in this module writes SQL on them.
 */
package org.claimtrail.claim;
