package org.claimtrail.testapp;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A PostgreSQL server a test may stop and start again: same port, same data directory, so the
 * application's pool sees one database go away and come back. The shared test database cannot
 * be used for that; every other test relies on it.
 */
public final class ScratchPostgres implements AutoCloseable {

    private final Path directory;
    private int port;
    private EmbeddedPostgres server;
    private SingleConnectionDataSource connection;

    private ScratchPostgres(Path directory) {
        this.directory = directory;
    }

    public static ScratchPostgres start(String name) {
        try {
            Path directory = Files.createTempDirectory("claimtrail-" + name + "-");
            ScratchPostgres postgres = new ScratchPostgres(directory);
            postgres.startServer();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Properties that point an application at this server. */
    public java.util.Map<String, Object> datasourceProperties() {
        return java.util.Map.of(
                "spring.datasource.url",
                jdbcUrl(),
                "spring.datasource.username",
                "postgres",
                "spring.datasource.password",
                "");
    }

    /**
     * A template on one connection of this server, for the test's own checks. It connects on first
     * use, so a test that stops the server should use it only after the restart.
     */
    public JdbcTemplate jdbc() {
        if (connection == null) {
            connection = new SingleConnectionDataSource(jdbcUrl(), "postgres", "", true);
        }
        return new JdbcTemplate(connection);
    }

    /** A fast shutdown, as an operator or a crash-restart would do: committed work is on disk. */
    public void stop() {
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void restart() {
        startServer();
    }

    private void startServer() {
        try {
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            server = builder.start();
            port = server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (connection != null) {
            connection.destroy();
        }
        if (server != null) {
            server.close();
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
