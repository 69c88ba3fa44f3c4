package org.claimtrail.source;

import java.time.Instant;

/**
 * A source was taken out of the record, with the reason readers see. Published inside the
 * transaction that withdraws it: what rests on the source (the claim module's attributions) is
 * withdrawn in the same save, or nothing is.
 */
public record SourceWithdrawn(long sourceId, String reason, Instant at) {}
