/**
 * What an upgrade leaves for an admin (/admin/upgrade): seed corrections a data migration did not
 * make because an editor had changed the row, values an earlier upgrade overwrote after an editor
 * had changed them (both in {@code seed_correction}, migrations V17–V18), and legacy sources that
 * repeat another's address (from the source module's read side).
 *
 * <p>Reads claims, actors and sources to name the items under review in {@code UpgradeReview} only.
 */
package org.claimtrail.upgrade;
