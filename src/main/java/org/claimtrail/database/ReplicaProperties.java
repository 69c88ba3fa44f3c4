package org.claimtrail.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A PostgreSQL streaming replica for readers ({@code CLAIMTRAIL_REPLICA_URL}). Unset, every request
 * reads the primary as before. The user and password default to the primary's.
 *
 * @param url the replica's JDBC URL; blank for none
 * @param maxLag how long a change on the primary may be missing from the replica before readers
 *     are sent to the primary instead
 * @param probeInterval how often the replica's position and health are read
 * @param connectionTimeout how long a reader waits for a replica connection before the primary
 *     answers instead
 */
@ConfigurationProperties("claimtrail.replica")
public record ReplicaProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("5s") Duration maxLag,
        @DefaultValue("1s") Duration probeInterval,
        @DefaultValue("1s") Duration connectionTimeout) {

    public boolean configured() {
        return !url.isBlank();
    }
}
