/**
 * Where the site lives and what it answers when nothing lives there: the absolute base URL every
 * link the application writes for use elsewhere starts with (CSV, API, JSON-LD, the feed), and
 * {@link org.claimtrail.site.NotFound}. Depends on no other module.
 */
package org.claimtrail.site;
