package org.claimtrail.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files and which port it listens on (0 = any free port).
 * Only used when no SPRING_DATASOURCE_URL is set; {@code enabled=false} turns it off altogether.
 */
@ConfigurationProperties("claimtrail.embedded-postgres")
record EmbeddedPostgresProperties(
        @DefaultValue("true") boolean enabled, Path dataDirectory, int port, String database) {

    EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
        database = database == null || database.isBlank() ? "claimtrail" : database;
    }
}
