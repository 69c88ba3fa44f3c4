package org.claimtrail.testdb;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Used where Docker is reachable (GitHub Actions): Boot wires the container in as the datasource. */
@TestConfiguration(proxyBeanMethods = false)
class PostgresContainerConfiguration {

    /**
     * Same major as the embedded binaries (pom.xml) and docker-compose.yml; CI also runs with
     * TEST_POSTGRES_IMAGE=postgres:15, the oldest supported server.
     */
    static final String IMAGE = System.getenv().getOrDefault("TEST_POSTGRES_IMAGE", "postgres:18");

    @Bean
    @ServiceConnection
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer(IMAGE);
    }
}
