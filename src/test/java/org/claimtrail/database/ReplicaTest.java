package org.claimtrail.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.claimtrail.testapp.MutableClock;
import org.junit.jupiter.api.Test;

/** When a visitor is sent to the replica, and when not: the routing rules without servers. */
class ReplicaTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));
    private final Replica replica = new Replica(null, null, Duration.ofSeconds(5), clock);

    @Test
    void aReplicaNotYetProbedIsNotRead() {
        assertThat(replica.pinVisitor()).isNull();
        assertThat(ReadRoute.onReplica()).isFalse();
    }

    @Test
    void aReplicaThatHasEveryChangeIsReadAndTheRouteEndsWithTheRequest() {
        replica.observe(10, 10);
        try (ReadRoute.Pin pin = replica.pinVisitor()) {
            assertThat(pin).isNotNull();
            assertThat(ReadRoute.onReplica()).isTrue();
        }
        assertThat(ReadRoute.onReplica()).as("after the request").isFalse();
    }

    @Test
    void aReplicaBehindIsReadUntilAChangeHasBeenMissingLongerThanTheBound() {
        replica.observe(10, 10);
        replica.observe(12, 10);
        clock.advance(Duration.ofSeconds(5));
        replica.observe(13, 11);
        assertThat(replica.reading().usable()).as("5 s behind, bound 5 s").isTrue();
        clock.advance(Duration.ofMillis(1));
        replica.observe(13, 11);
        assertThat(replica.reading().usable()).isFalse();
        assertThat(replica.reading().reason()).contains("bound 5 s");
        assertThat(replica.pinVisitor()).isNull();

        // It replays the change it was missing: the lag is counted afresh from the next one.
        replica.observe(13, 12);
        assertThat(replica.reading().usable()).isTrue();
        assertThat(replica.reading().lag()).isZero();
    }

    @Test
    void aReplicaThatKeepsUpWithAStreamOfChangesStaysInUse() {
        for (int change = 1; change < 100; change++) {
            replica.observe(change + 1, change);
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(replica.reading().usable()).isTrue();
    }

    @Test
    void visitorsShownANewerVersionByThePrimaryAreNotSentBackToAnOlderReplica() {
        replica.observe(20, 20);
        replica.shownFromPrimary(25);
        assertThat(replica.pinVisitor())
                .as("the replica is at 20, a visitor already saw 25")
                .isNull();
        replica.observe(25, 25);
        try (ReadRoute.Pin pin = replica.pinVisitor()) {
            assertThat(pin).isNotNull();
        }
    }

    @Test
    void aFailureUnderARequestMovesTheRestOfItToThePrimaryAndSkipsTheReplica() {
        replica.observe(7, 7);
        try (ReadRoute.Pin pin = replica.pinVisitor()) {
            int[] attempts = {0};
            String read = ReadRoute.failingOverToPrimary(() -> {
                if (attempts[0]++ == 0) {
                    throw new org.springframework.dao.DataAccessResourceFailureException("replica stopped");
                }
                return ReadRoute.onReplica() ? "replica" : "primary";
            });
            assertThat(read).isEqualTo("primary");
            assertThat(ReadRoute.onReplica()).isFalse();
        }
        assertThat(replica.reading().usable()).isFalse();
        assertThat(replica.reading().reason()).contains("replica stopped");
    }

    @Test
    void aStatementsOwnFailureIsNotRetried() {
        replica.observe(7, 7);
        try (ReadRoute.Pin pin = replica.pinVisitor()) {
            int[] attempts = {0};
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReadRoute.failingOverToPrimary(() -> {
                        attempts[0]++;
                        throw new org.springframework.dao.DataIntegrityViolationException("a bug");
                    }))
                    .hasMessage("a bug");
            assertThat(attempts[0]).isEqualTo(1);
            assertThat(ReadRoute.onReplica()).isTrue();
        }
    }

    @Test
    void healthSaysNoneWithoutAReplicaAndSkippedWithTheReasonWhileItIsNotRead() {
        VisitorReads visitorReads = new VisitorReads();
        ReplicaHealth health = new ReplicaHealth(visitorReads);
        assertThat(health.health().getStatus().getCode()).isEqualTo("NONE");

        visitorReads.use(replica, null, null);
        replica.observe(3, 3);
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
        replica.failed(new IllegalStateException("connection refused"));
        assertThat(health.health().getStatus().getCode()).isEqualTo("SKIPPED");
        assertThat(health.health().getDetails()).containsEntry("state", "unreachable: connection refused");
    }

    @Test
    void aReplicaAddressThatIsNotPostgresStopsTheStartUpWithAReason() {
        ReplicaRouting routing = new ReplicaRouting();
        routing.setEnvironment(new org.springframework.mock.env.MockEnvironment()
                .withProperty("claimtrail.replica.url", "replica.internal:5432"));
        try (com.zaxxer.hikari.HikariDataSource primary = new com.zaxxer.hikari.HikariDataSource()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> routing.postProcessAfterInitialization(primary, "dataSource"))
                    .hasMessageContaining("CLAIMTRAIL_REPLICA_URL must be a PostgreSQL JDBC URL");
        }
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aReplicaThatNeverAnsweredIsLoggedOncePerReason(org.springframework.boot.test.system.CapturedOutput log) {
        for (int probe = 0; probe < 3; probe++) {
            replica.failed(new IllegalStateException("connection refused"));
        }
        replica.failed(new IllegalStateException("password authentication failed"));
        assertThat(log.getOut().split("Replica skipped: unreachable: connection refused", -1))
                .hasSize(2);
        assertThat(log.getOut()).contains("Replica skipped: unreachable: password authentication failed");
        assertThat(replica.reading().usable()).isFalse();
    }
}
