package org.claimtrail.source;

import java.time.Instant;

/**
 * A duplicate source was merged into the source it repeats and withdrawn. Published inside the
 * transaction that merges: what was attributed to the duplicate moves in the same save, or nothing does.
 */
public record SourceMerged(long duplicateId, long intoId, Instant at) {}
