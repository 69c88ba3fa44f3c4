package org.claimtrail.correction;

import java.time.Instant;

/**
 * One public correction: what changed and why, when. {@code claimSlug} is null for a correction
 * that concerns no one claim (an actor's description, a source's date).
 */
public record CorrectionRow(
        long id, String claimSlug, String claimStatement, String subject, String reason, Instant correctedAt) {}
