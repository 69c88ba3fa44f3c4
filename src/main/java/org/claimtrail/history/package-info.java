/**
 * Revision history over Hibernate Envers: who changed what and when, for claims (with their
 * attributions and links), sources and actors, as public pages, plus recent changes for editors.
 */
package org.claimtrail.history;
