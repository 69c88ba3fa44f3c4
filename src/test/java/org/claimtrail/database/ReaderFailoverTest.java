package org.claimtrail.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrail.testapp.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The replica's loss under any transaction of a visitor's page is a retry on the primary, not an
 * error: whether the transaction is a {@link ReaderTransaction}, a plain
 * {@code @Transactional(readOnly = true)} method or a service transactional as a whole, and whether
 * the replica fails under a statement or under the commit that ends the read. ReplicaIT met the
 * commit case by chance: a claim's verdict, read through a plain read-only transaction, answered
 * 503 when the replica stopped during its commit.
 */
class ReaderFailoverTest {

    private final AnnotationConfigApplicationContext context =
            new AnnotationConfigApplicationContext(ReplicaConfiguration.class, Transactions.class);
    private final Replica replica = new Replica(null, null, Duration.ofSeconds(5), new MutableClock(Instant.now()));

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aCommitCutOffByTheReplicaUnderAPlainReadOnlyMethodIsReadAgainOnThePrimary() {
        assertRetriedOnThePrimary(() -> context.getBean(PlainReadOnly.class).read(), Failing.COMMIT);
    }

    @Test
    void aCommitCutOffByTheReplicaUnderAServiceTransactionalAsAWholeIsReadAgainOnThePrimary() {
        assertRetriedOnThePrimary(
                () -> context.getBean(TransactionalService.class).read(), Failing.COMMIT);
    }

    @Test
    void aStatementCutOffByTheReplicaUnderAnyKindOfTransactionIsReadAgainOnThePrimary() {
        assertRetriedOnThePrimary(() -> context.getBean(Reader.class).read(), Failing.STATEMENT);
        assertRetriedOnThePrimary(() -> context.getBean(PlainReadOnly.class).read(), Failing.STATEMENT);
        assertRetriedOnThePrimary(
                () -> context.getBean(TransactionalService.class).read(), Failing.STATEMENT);
    }

    @Test
    void withoutTheReplicaAFailureIsTheCallersAndNothingRunsTwice() {
        Failing.now = Failing.STATEMENT;
        Failing.onPrimaryToo = true;
        Failing.runs.set(0);
        try {
            assertThatThrownBy(() -> context.getBean(PlainReadOnly.class).read())
                    .isInstanceOf(DataAccessResourceFailureException.class);
            assertThat(Failing.runs.get()).isEqualTo(1);
        } finally {
            Failing.onPrimaryToo = false;
        }
    }

    private void assertRetriedOnThePrimary(java.util.function.Supplier<String> read, Failing failing) {
        replica.observe(1, 1);
        Failing.now = failing;
        Failing.runs.set(0);
        try (ReadRoute.Pin pin = replica.pinVisitor()) {
            assertThat(pin).isNotNull();
            assertThat(read.get()).isEqualTo("read on the primary");
            assertThat(Failing.runs.get())
                    .as("once on the replica, once on the primary")
                    .isEqualTo(2);
            assertThat(ReadRoute.onReplica()).as("the rest of the request").isFalse();
        }
        assertThat(replica.reading().usable()).isFalse();
        assertThat(replica.reading().reason()).contains("terminating connection");
    }

    /** Where the replica goes away under a read: while a statement runs, or at the commit after it. */
    enum Failing {
        STATEMENT,
        COMMIT;

        static volatile Failing now;
        static volatile boolean onPrimaryToo;
        static final AtomicInteger runs = new AtomicInteger();

        static String read() {
            runs.incrementAndGet();
            if (now == STATEMENT && (ReadRoute.onReplica() || onPrimaryToo)) {
                throw new DataAccessResourceFailureException(
                        "read failed",
                        new SQLException("terminating connection due to administrator command", "57P01"));
            }
            return ReadRoute.onReplica() ? "read on the replica" : "read on the primary";
        }
    }

    static class Reader {
        @ReaderTransaction
        public String read() {
            return Failing.read();
        }
    }

    static class PlainReadOnly {
        @Transactional(readOnly = true)
        public String read() {
            return Failing.read();
        }
    }

    @Transactional
    static class TransactionalService {
        public String read() {
            return Failing.read();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    static class Transactions {

        @Bean
        Reader reader() {
            return new Reader();
        }

        @Bean
        PlainReadOnly plainReadOnly() {
            return new PlainReadOnly();
        }

        @Bean
        TransactionalService transactionalService() {
            return new TransactionalService();
        }

        /** Transactions without a database, whose commit fails as a replica shutting down fails it. */
        @Bean
        PlatformTransactionManager transactionManager() {
            return new AbstractPlatformTransactionManager() {
                @Override
                protected Object doGetTransaction() {
                    return new Object();
                }

                @Override
                protected void doBegin(Object transaction, TransactionDefinition definition) {}

                @Override
                protected void doCommit(DefaultTransactionStatus status) {
                    if (Failing.now == Failing.COMMIT && ReadRoute.onReplica()) {
                        throw new TransactionSystemException(
                                "commit failed",
                                new SQLException(
                                        "FATAL: terminating connection due to administrator command", "57P01"));
                    }
                }

                @Override
                protected void doRollback(DefaultTransactionStatus status) {}
            };
        }
    }
}
