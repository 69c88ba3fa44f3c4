/**
 * Revision history over Hibernate Envers: who changed what and when, for claims (with their
 * attributions and links), sources and actors, as public pages, plus recent changes for editors.
 *
 * <p>Reads the live claim, source, actor and story tables beside their audit tables: to find what
 * a history page is about ({@code HistoryService}) and to name what a change mentions as it was
 * then ({@code NamesAtRevision}).
 */
package org.claimtrail.history;
