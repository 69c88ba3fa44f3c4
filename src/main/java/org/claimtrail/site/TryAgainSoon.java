package org.claimtrail.site;

/**
 * Work refused for now, not for good (too many exports at once, say): answered 503 with
 * Retry-After and this message, so the reader tries again shortly instead of waiting in a queue.
 */
public class TryAgainSoon extends RuntimeException {

    public TryAgainSoon(String message) {
        super(message);
    }
}
