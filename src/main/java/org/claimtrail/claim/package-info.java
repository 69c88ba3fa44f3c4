/**
 * Claims and who attributes them: the claim aggregate, its attributions and links, and the derived
 * sourcing summary. Depends on story, source, actor and date; read by web.
 */
package org.claimtrail.claim;
