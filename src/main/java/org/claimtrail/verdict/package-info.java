/**
 * Verdicts: the desk's published judgement on a claim, on a documented rating scale, drafted by
 * one editor and published by another (or an admin). Depends on {@code claim} (which claim is
 * judged, and the corrections log a changed verdict is entered in); adds itself to a claim's page
 * through {@code claim.ClaimPageSection}, with the schema.org ClaimReview. Its entity, repository
 * and SQL are in {@code internal}.
 */
package org.claimtrail.verdict;
