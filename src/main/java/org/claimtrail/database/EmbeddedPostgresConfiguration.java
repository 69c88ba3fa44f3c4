package org.claimtrail.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database named, Claimtrail starts its own PostgreSQL so that one command runs the app on
 * a fresh machine. Its files stay under ./data/ so editors' work survives a restart, and a save is
 * acknowledged only once it is on disk: zonky's defaults (made for throwaway test databases) turn
 * fsync and synchronous commit off, which lost acknowledged saves in a crash (issue 21).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path directory = properties.dataDirectory().toAbsolutePath();
        Files.createDirectories(directory);
        StaleEmbeddedServer.stopIfLeftRunning(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IllegalStateException e) {
            // zonky's lock file: a second app on the same directory would corrupt the data.
            throw new EmbeddedPostgresUnavailable(
                    "The embedded PostgreSQL data in " + directory + " is in use by " + "another running Claimtrail.",
                    "Stop that one, or set CLAIMTRAIL_EMBEDDED_POSTGRES_DATA_DIRECTORY "
                            + "to another directory, or SPRING_DATASOURCE_URL to a PostgreSQL server.",
                    e);
        } catch (IOException e) {
            throw new EmbeddedPostgresUnavailable(
                    "The embedded PostgreSQL did not start on its data in " + directory + " (" + e.getMessage() + ").",
                    "Its own messages are in the log above. If another program uses "
                            + "that directory, stop it; otherwise set CLAIMTRAIL_EMBEDDED_POSTGRES_DATA_DIRECTORY to another "
                            + "directory, or SPRING_DATASOURCE_URL to a PostgreSQL server.",
                    e);
        }
        log.info(
                "No SPRING_DATASOURCE_URL set: using an embedded PostgreSQL on port {} with its data in {} "
                        + "(kept between runs). To use your own server, set SPRING_DATASOURCE_URL, "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
                postgres.getPort(),
                directory);
        return postgres;
    }

    /** Bound to spring.datasource.hikari.* like Boot's own pool, so the same settings apply here. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        createDatabaseIfMissing(postgres, properties.database());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        dataSource.setPoolName("claimtrail-embedded");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection connection = admin.getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // The name comes from our own configuration, quoted as an identifier.
                create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database " + database, e);
        }
    }
}
