package org.claimtrail.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * With {@code claimtrail.replica.url} set, wraps the application's DataSource (Spring Boot's, or
 * the embedded server's) so that visitors' pages read the replica. Everything else (Flyway, JPA,
 * sessions, saves) sees the primary exactly as before. Unset, nothing changes.
 */
final class ReplicaRouting implements BeanPostProcessor, BeanFactoryAware, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

    private BeanFactory beanFactory;
    private Environment environment;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!"dataSource".equals(beanName) || !(bean instanceof HikariDataSource primary)) {
            return bean;
        }
        ReplicaProperties properties =
                Binder.get(environment).bindOrCreate("claimtrail.replica", ReplicaProperties.class);
        if (!properties.configured()) {
            return bean;
        }
        if (!properties.url().startsWith("jdbc:postgresql:")) {
            // Caught at start-up: a mistyped address would otherwise only ever show as "skipped".
            throw new IllegalStateException("CLAIMTRAIL_REPLICA_URL must be a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host:port/database), like SPRING_DATASOURCE_URL");
        }
        HikariDataSource pool = replicaPool(primary, properties);
        Replica replica = new Replica(pool, primary, properties.maxLag(), Clock.systemUTC());
        ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "replica-probe");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.probeInterval().toMillis();
        probes.scheduleWithFixedDelay(replica::probe, 0, every, TimeUnit.MILLISECONDS);
        beanFactory.getBean(VisitorReads.class).use(replica, probes, pool);
        log.info(
                "Visitors' pages read the replica at {} while it is at most {} behind; editors read the primary.",
                properties.url(),
                properties.maxLag());
        return new ReplicaRoutingDataSource(primary, replica);
    }

    /** Sized and set up like the primary's pool; it waits only briefly, since the primary can answer instead. */
    private static HikariDataSource replicaPool(HikariDataSource primary, ReplicaProperties properties) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("claimtrail-replica");
        pool.setJdbcUrl(properties.url());
        pool.setUsername(properties.username().isBlank() ? primary.getUsername() : properties.username());
        // A user of its own comes with a password of its own; otherwise the primary's pair.
        pool.setPassword(properties.username().isBlank() ? primary.getPassword() : properties.password());
        pool.setMaximumPoolSize(primary.getMaximumPoolSize());
        pool.setConnectionInitSql(primary.getConnectionInitSql());
        pool.setConnectionTimeout(Math.max(250, properties.connectionTimeout().toMillis()));
        pool.setReadOnly(true);
        // Start without it: the replica may come up after the application, or be rebuilt meanwhile.
        pool.setInitializationFailTimeout(-1);
        return pool;
    }
}
