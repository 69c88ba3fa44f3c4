package org.claimtrail.source;

import java.io.Serializable;
import java.time.Instant;

/**
 * The text "Fill in from the page" read from {@code url} at {@code retrievedAt}: the new source's
 * copy when it is saved ({@link FetchedCopies} keeps it in the editor's session until then).
 */
record FetchedCopy(String url, String text, Instant retrievedAt) implements Serializable {}
