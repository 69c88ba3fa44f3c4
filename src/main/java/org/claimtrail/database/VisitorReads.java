package org.claimtrail.database;

import java.util.concurrent.ScheduledExecutorService;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where a visitor's page is read: the replica when one is configured and may answer
 * ({@link Replica}), else the primary. Signed-in editors never come here, so they read their own
 * writes from the primary.
 */
@Component
public class VisitorReads implements DisposableBean {

    private volatile Replica replica;
    private ScheduledExecutorService probes;
    private AutoCloseable pool;

    /** Set once at start-up by {@link ReplicaRouting}, when a replica is configured. */
    synchronized void use(Replica replica, ScheduledExecutorService probes, AutoCloseable pool) {
        this.replica = replica;
        this.probes = probes;
        this.pool = pool;
    }

    public Replica replica() {
        return replica;
    }

    /** Pins this visitor's request to the replica when it may answer; null when the primary answers. */
    public ReadRoute.Pin pin() {
        Replica current = replica;
        return current == null ? null : current.pinVisitor();
    }

    /** The content version this visitor's page is tagged with, read on the server that renders it. */
    public void shown(long version) {
        Replica current = replica;
        if (current != null && !ReadRoute.onReplica()) {
            current.shownFromPrimary(version);
        }
    }

    @Override
    public synchronized void destroy() throws Exception {
        if (probes != null) {
            probes.shutdownNow();
        }
        if (pool != null) {
            pool.close();
        }
    }
}
