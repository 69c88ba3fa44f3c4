package org.claimtrail.timeline;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exports shed, they don't queue: at most {@code concurrent} stream at once, {@code per-client} of
 * them to one address; any more is refused at once (503 with Retry-After). Fourteen anonymous exports
 * that read nothing once held eight database sessions and made another reader's export wait 12 s.
 */
@Component
class ExportPermits {

    private final Semaphore exports;
    private final int perClient;
    private final Map<String, AtomicInteger> byClient = new ConcurrentHashMap<>();

    ExportPermits(
            @Value("${claimtrail.export.concurrent:4}") int concurrent,
            @Value("${claimtrail.export.per-client:2}") int perClient) {
        this.exports = new Semaphore(concurrent);
        this.perClient = perClient;
    }

    /** A permit for one export to {@code client}, or none when too many are streaming. */
    Optional<Permit> take(String client) {
        AtomicInteger count = byClient.computeIfAbsent(client, c -> new AtomicInteger());
        if (count.incrementAndGet() > perClient || !exports.tryAcquire()) {
            forget(client);
            return Optional.empty();
        }
        return Optional.of(new Permit(client));
    }

    private void forget(String client) {
        byClient.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    /** Held while an export streams; given back once, whether it ended, failed or was cut off. */
    final class Permit implements AutoCloseable {

        private final String client;
        private final AtomicBoolean returned = new AtomicBoolean();

        private Permit(String client) {
            this.client = client;
        }

        @Override
        public void close() {
            if (returned.compareAndSet(false, true)) {
                exports.release();
                forget(client);
            }
        }
    }
}
