/**
 * The desk's own working pages and records, for editors only: "My desk", where the draft verdicts
 * waiting for a second editor are listed one click from the claim where they are published, and
 * the desk's internal notes on claims (its own table, desk_note, read and written by NoteRows
 * alone). Nothing here is ever part of what a reader is sent.
 */
package org.claimtrail.desk;
