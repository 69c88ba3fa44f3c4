/**
 * Claims and who attributes them: the claim aggregate, its attributions and links, and the derived
 * sourcing summary. Its entities refer to story, source and actor entities (JPA relations); its
 * services resolve those by id through the owning modules' services.
 *
 * <p>Reads other modules' tables in SQL, for pages and search only: story, actor and source
 * names beside claims, in {@code ClaimReadSql} (pages) and {@code ClaimSearch} (search and its
 * filters). Nothing else in this module writes SQL on them.
 */
package org.claimtrail.claim;
