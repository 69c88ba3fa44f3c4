/**
 * Revision history over Hibernate Envers: who changed what and when, for claims (with their
 * attributions and links), sources and actors, as public pages, plus recent changes for editors.
 *
 * <p>Finds what a history page is about in the live claim, source and actor tables before the
 * audit tables, in {@code HistoryService} only.
 */
package org.claimtrail.history;
