/**
 * The public corrections log: each correction is entered inside the save that makes it (a claim's,
 * an attribution's, a verdict's) through {@code CorrectionRecorder}, and read on /corrections, on a
 * claim's page and in the feed through {@code CorrectionLog}. It knows no feature module: the
 * claim's slug and statement beside a correction are read in SQL, for the page only.
 */
package org.claimtrail.correction;
