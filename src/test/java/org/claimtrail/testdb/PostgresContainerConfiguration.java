package org.claimtrail.testdb;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Used where Docker is reachable (GitHub Actions): Boot wires the container in as the datasource. */
@TestConfiguration(proxyBeanMethods = false)
class PostgresContainerConfiguration {

    /** Same major as the embedded binaries (pom.xml) and docker-compose.yml. */
    static final String IMAGE = System.getProperty("claimtrail.test.postgres-image", "postgres:18");

    @Bean
    @ServiceConnection
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer(IMAGE);
    }
}
