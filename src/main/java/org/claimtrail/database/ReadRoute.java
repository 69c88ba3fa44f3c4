package org.claimtrail.database;

import java.util.function.Supplier;

/**
 * Which server this thread's reads go to. A visitor's page is pinned to the replica for the whole
 * request, from its content version to its last row, so the page is never stored or tagged under a
 * version newer than the data it shows (a replica replays in order; so does a primary commit). Any
 * other work (editors, saves, sign-in, background jobs) is never pinned and reads the primary.
 */
public final class ReadRoute {

    private static final ThreadLocal<Pin> PINNED = new ThreadLocal<>();

    private ReadRoute() {}

    /** A visitor's request on the replica; closing it ends the pin. */
    public static final class Pin implements AutoCloseable {
        private final Replica replica;
        private boolean onReplica = true;

        Pin(Replica replica) {
            this.replica = replica;
        }

        @Override
        public void close() {
            PINNED.remove();
        }
    }

    static Pin pinToReplica(Replica replica) {
        Pin pin = new Pin(replica);
        PINNED.set(pin);
        return pin;
    }

    static boolean onReplica() {
        Pin pin = PINNED.get();
        return pin != null && pin.onReplica;
    }

    /**
     * The rest of this request reads the primary: the replica failed under it. Moving from the
     * replica to the primary moves forward in time, so the version already read stays a safe tag.
     */
    static void leaveReplica(Throwable failure) {
        Pin pin = PINNED.get();
        if (pin != null && pin.onReplica) {
            pin.onReplica = false;
            pin.replica.failed(failure);
        }
    }

    /**
     * Runs a read; if the replica fails under it (stopped, unreachable, cut off), the read runs once
     * more on the primary, so the replica's loss costs a visitor a retry, not an error page. A read
     * for a page has no effects, so running it twice is safe.
     */
    public static <T> T failingOverToPrimary(Supplier<T> read) {
        if (!onReplica()) {
            return read.get();
        }
        try {
            return read.get();
        } catch (RuntimeException failure) {
            if (!onReplica() || !DatabaseOutage.causedBy(failure)) {
                // Not the replica's failure: the primary's, after an earlier failover, or a bug.
                throw failure;
            }
            leaveReplica(failure);
            return read.get();
        }
    }
}
