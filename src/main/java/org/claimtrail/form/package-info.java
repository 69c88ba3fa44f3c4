/** Helpers every editing form shares: optional text, fuzzy-date fields, safe return addresses. */
package org.claimtrail.form;
