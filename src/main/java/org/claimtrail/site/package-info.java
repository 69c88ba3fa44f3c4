/**
 * Where the site lives: the absolute base URL every link the application writes for use
 * elsewhere starts with (CSV, API, JSON-LD, the feed). Depends on no other module.
 */
package org.claimtrail.site;
