package org.claimtrail.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * "replica" in /actuator/health: UP while visitors read it, SKIPPED (with the reason) while they
 * read the primary instead, NONE when none is configured. Registered either way, since whether one
 * is configured is known only at run time (an ahead-of-time build fixes its beans when it is built). A skipped replica does not take the instance out
 * of service (the primary still answers), so SKIPPED and NONE rank below UP in the overall status.
 */
@Component("replica")
class ReplicaHealth implements HealthIndicator {

    static final Status SKIPPED = new Status("SKIPPED", "visitors read the primary");
    static final Status NONE = new Status("NONE", "no replica configured: visitors read the primary");

    private final VisitorReads visitorReads;

    ReplicaHealth(VisitorReads visitorReads) {
        this.visitorReads = visitorReads;
    }

    @Override
    public Health health() {
        Replica replica = visitorReads.replica();
        if (replica == null) {
            // Not UP: a component saying UP for a replica that does not exist would mislead.
            return Health.status(NONE).build();
        }
        Replica.Reading reading = replica.reading();
        return (reading.usable() ? Health.up() : Health.status(SKIPPED))
                .withDetail("state", reading.reason())
                .withDetail("version", reading.version())
                .withDetail("lagMillis", reading.lag().toMillis())
                .withDetail("maxLagMillis", replica.maxLag().toMillis())
                .build();
    }
}
