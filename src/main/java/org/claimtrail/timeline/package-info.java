/**
 * The timeline read model over claims and attributions: when each claimed event happened and
 * when each statement was made, as a page, a streaming CSV and a TimelineJS spreadsheet.
 *
 * <p>Reads the claim, attribution, source, actor and story tables beside its own
 * {@code timeline_entry} (kept by triggers), all of it in {@code TimelineRepository}.
 */
package org.claimtrail.timeline;
