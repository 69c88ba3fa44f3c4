/**
 * The timeline read model over claims and attributions: when each claimed event happened and
 * when each statement was made, as a page, a streaming CSV and a TimelineJS spreadsheet.
 */
package org.claimtrail.timeline;
