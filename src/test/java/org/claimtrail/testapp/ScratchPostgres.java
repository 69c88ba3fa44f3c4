package org.claimtrail.testapp;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        if (connection != null) {
            // Its connection dies with the server; the next jdbc() connects afresh.
            connection.destroy();
            connection = null;
        }
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A hot-standby streaming replica of this server, made as {@code pg_basebackup -R} makes one
     * (zonky's bundle has no pg_basebackup): a replication slot so the primary keeps the WAL, an
     * online base backup through {@code pg_backup_start}/{@code pg_backup_stop}, its backup_label,
     * then {@code standby.signal} and {@code primary_conninfo}. It replays whatever the primary
     * commits from then on.
     */
    public ScratchPostgres streamingReplica(String name) {
        String slot = name.replaceAll("[^a-z0-9]", "_");
        try {
            Path target = Files.createTempDirectory("claimtrail-" + name + "-");
            jdbc().queryForList("select pg_create_physical_replication_slot(?, true)", slot);
            try (java.sql.Connection backup = java.sql.DriverManager.getConnection(jdbcUrl(), "postgres", "");
                    java.sql.Statement statement = backup.createStatement()) {
                statement.execute("select pg_backup_start('" + slot + "', true)");
                BaseBackup.copy(directory, target);
                try (java.sql.ResultSet stop =
                        statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                    stop.next();
                    Files.writeString(target.resolve("backup_label"), stop.getString(1));
                }
            }
            Files.writeString(target.resolve("standby.signal"), "");
            Files.writeString(
                    target.resolve("postgresql.auto.conf"),
                    "primary_conninfo = 'host=localhost port=" + port + " user=postgres application_name=" + slot
                            + "'\nprimary_slot_name = '" + slot + "'\n",
                    java.nio.file.StandardOpenOption.APPEND);
            ScratchPostgres replica = new ScratchPostgres(target);
            replica.startServer();
            return replica;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not take a base backup of " + jdbcUrl(), e);
        }
    }

    /**
     * From now on the server logs every statement it runs, with the sending application's name
     * ({@code ApplicationName} in its JDBC URL) before each line, in {@code log/statements.log} of
     * its data directory. A streaming replica made afterwards logs the same way in its own.
     * Restarts the server (the log collector starts only with it).
     */
    public void logStatements() {
        jdbc().execute("alter system set logging_collector = on");
        jdbc().execute("alter system set log_directory = 'log'");
        jdbc().execute("alter system set log_filename = 'statements.log'");
        jdbc().execute("alter system set log_line_prefix = '%a@'");
        jdbc().execute("alter system set log_statement = 'all'");
        stop();
        restart();
    }

    /** Where the statement log ends now: pass it to {@link #statementsLoggedSince}. */
    public long statementLogEnd() {
        try {
            Path log = statementLog();
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A statement as the server logged it: the application that sent it, and its SQL's first line. */
    public record Logged(String application, String sql) {}

    /**
     * The statements this server logged after {@code from} (see {@link #logStatements}), up to a
     * marker this sends now: the log is written by a collector process, so what was sent before
     * the marker is in the log once the marker is.
     */
    public List<Logged> statementsLoggedSince(long from) {
        String marker = "statement-log-marker-" + System.nanoTime();
        jdbc().execute("select '" + marker + "'");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        String logged;
        do {
            logged = readLog(from);
            if (logged.contains(marker)) {
                break;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        List<Logged> statements = new java.util.ArrayList<>();
        for (String line :
                logged.substring(0, Math.max(0, logged.indexOf(marker))).split("\n")) {
            java.util.regex.Matcher statement = LOGGED_STATEMENT.matcher(line);
            if (statement.matches()) {
                statements.add(new Logged(statement.group(1), statement.group(2).strip()));
            }
        }
        return statements;
    }

    /** "application@LOG:  statement: sql" (simple protocol) or "…  execute name: sql" (prepared). */
    private static final java.util.regex.Pattern LOGGED_STATEMENT =
            java.util.regex.Pattern.compile("^([^@]*)@LOG:  (?:statement|execute [^:]+): (.*)$");

    private Path statementLog() {
        return directory.resolve("log").resolve("statements.log");
    }

    private String readLog(long from) {
        try (java.io.RandomAccessFile file =
                new java.io.RandomAccessFile(statementLog().toFile(), "r")) {
            file.seek(from);
            byte[] bytes = new byte[(int) Math.max(0, file.length() - from)];
            file.readFully(bytes);
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
