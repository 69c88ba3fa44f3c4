/**
 * Fuzzy dates as news gives them: the {@link org.claimtrail.date.FuzzyDate} value and its EDTF parser.
 * Pure Java with no Spring, so every other module can use it.
 */
package org.claimtrail.date;
