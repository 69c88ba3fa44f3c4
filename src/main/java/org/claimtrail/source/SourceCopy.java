package org.claimtrail.source;

import java.time.Instant;

/**
 * A source's saved copy: its readable text as retrieved from its address, or as an editor pasted
 * it, which verbatim quotes from the source are checked against. Editors see it; readers see only
 * what a check found.
 */
public record SourceCopy(long sourceId, String text, Instant retrievedAt, String savedBy, boolean pasted) {}
