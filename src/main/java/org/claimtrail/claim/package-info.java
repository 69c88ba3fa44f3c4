/**
 * Claims and who attributes them: the claim aggregate, its attributions and links, and the derived
 * sourcing summary. Its entities refer to story, source and actor entities (JPA relations); its
 * services resolve those by id through the owning modules' services.
 *
 * <p>Other modules add sections to a claim's page through {@code ClaimPageSection} (the verdict);
 * the claims list and its search are the {@code search} module's.
 *
 * <p>Reads other modules' tables in SQL, for pages only: story, actor and source names beside
 * claims, in {@code ClaimReadSql}. Nothing else in this module writes SQL on them.
 */
package org.claimtrail.claim;
