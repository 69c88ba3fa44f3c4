/**
 * Import from the desk's spreadsheet into a story: the rows (the CSV export's columns, so an
 * export edited in a spreadsheet imports again) are read, planned and previewed through the claim
 * and attribution forms' own rules, and saved only on confirmation, all or none, as one revision
 * noted as an import. It writes through the owning modules' services only.
 */
package org.claimtrail.spreadsheet;
