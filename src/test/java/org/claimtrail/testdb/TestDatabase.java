package org.claimtrail.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.testcontainers.DockerClientFactory;

/**
 * The PostgreSQL that tests run on, chosen once per test JVM:
 * <ol>
 *   <li>{@code TEST_DATABASE_URL} set: a fresh throwaway database on that server, dropped at exit;</li>
 *   <li>else Docker reachable: Testcontainers through {@code @ServiceConnection} (PostgresContainerConfiguration);</li>
 *   <li>else an embedded PostgreSQL in a temporary directory, removed at exit.</li>
 * </ol>
 * Either way no test run leaves a database or a data directory behind.
 */
public final class TestDatabase {

    public enum Mode {
        SERVER,
        TESTCONTAINERS,
        EMBEDDED
    }

    private static volatile TestDatabase instance;

    private final Mode mode;
    private final Map<String, String> properties;
    /** How to reach the server as its superuser, to create isolated databases (not for Testcontainers). */
    private final String adminUrl;

    private final String adminUser;
    private final String adminPassword;
    private final Map<String, Map<String, String>> isolated = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> restoredCopies = new ConcurrentHashMap<>();
    /** With Testcontainers: an embedded server for the restored databases, started on first use. */
    private TestDatabase restoreServer;

    private TestDatabase(
            Mode mode, Map<String, String> properties, String adminUrl, String adminUser, String adminPassword) {
        this.mode = mode;
        this.properties = properties;
        this.adminUrl = adminUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public static TestDatabase get() {
        if (instance == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    public Mode mode() {
        return mode;
    }

    /** Spring properties that point the application at this database. */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * Properties for a database of the given key's own, created on first use and dropped at exit.
     * With Testcontainers every such context gets its own container, so the shared properties do.
     */
    public Map<String, String> isolatedProperties(String key) {
        if (mode == Mode.TESTCONTAINERS) {
            return properties;
        }
        return isolated.computeIfAbsent(key, k -> {
            String database = "claimtrail_test_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(adminUrl, adminUser, adminPassword, "create database " + database);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> execute(
                            adminUrl,
                            adminUser,
                            adminPassword,
                            "drop database if exists " + database + " with (force)")));
            return credentials(withDatabase(adminUrl, database), adminUser, adminPassword);
        });
    }

    /**
     * Properties for a database of the key's own that starts as the dump on the classpath holds it:
     * a database an earlier release wrote, which the context then upgrades. A copy of it as restored
     * stays beside it ({@link #asRestored}), so a test can compare what the upgrade changed. With
     * Testcontainers, these databases live on an embedded server of their own.
     */
    public Map<String, String> restoredProperties(String key, String dump) {
        return isolated.computeIfAbsent(key, k -> {
            String[] server = restoreServer();
            String database = "claimtrail_upgrade_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(server[0], server[1], server[2], "create database " + database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                execute(server[0], server[1], server[2], "drop database if exists " + database + " with (force)");
                execute(
                        server[0],
                        server[1],
                        server[2],
                        "drop database if exists " + database + "_restored with (force)");
            }));
            String url = withDatabase(server[0], database);
            execute(url, server[1], server[2], readDump(dump));
            execute(server[0], server[1], server[2], "create database " + database + "_restored template " + database);
            restoredCopies.put(key, credentials(withDatabase(server[0], database + "_restored"), server[1], server[2]));
            return credentials(url, server[1], server[2]);
        });
    }

    /** The database of {@link #restoredProperties} as it was restored, before anything migrated it. */
    public Map<String, String> asRestored(String key) {
        return restoredCopies.get(key);
    }

    private String[] restoreServer() {
        if (mode != Mode.TESTCONTAINERS) {
            return new String[] {adminUrl, adminUser, adminPassword};
        }
        synchronized (this) {
            if (restoreServer == null) {
                restoreServer = embedded();
            }
        }
        return new String[] {restoreServer.adminUrl, restoreServer.adminUser, restoreServer.adminPassword};
    }

    private static String readDump(String dump) {
        try (var in = TestDatabase.class.getClassLoader().getResourceAsStream(dump)) {
            if (in == null) {
                throw new IllegalArgumentException("No dump " + dump + " on the test classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestDatabase start() {
        String serverUrl = System.getenv("TEST_DATABASE_URL");
        if (serverUrl != null && !serverUrl.isBlank()) {
            return onServer(
                    serverUrl, System.getenv("TEST_DATABASE_USERNAME"), System.getenv("TEST_DATABASE_PASSWORD"));
        }
        if (dockerAvailable()) {
            log("Docker is reachable: tests run on Testcontainers PostgreSQL " + PostgresContainerConfiguration.IMAGE);
            // Boot's @ServiceConnection supplies the connection; keep the app's own embedded server off.
            return new TestDatabase(
                    Mode.TESTCONTAINERS, Map.of("claimtrail.embedded-postgres.enabled", "false"), null, null, null);
        }
        return embedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestDatabase onServer(String serverUrl, String username, String password) {
        String database = "claimtrail_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, username, password, "create database " + database);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> execute(
                        serverUrl, username, password, "drop database if exists " + database + " with (force)")));
        String url = withDatabase(serverUrl, database);
        log("TEST_DATABASE_URL is set: tests run on the throwaway database " + database);
        return new TestDatabase(Mode.SERVER, credentials(url, username, password), serverUrl, username, password);
    }

    private static TestDatabase embedded() {
        try {
            // Default builder: a temporary data directory, deleted when the JVM exits.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; zonky removes the directory on its own hook too.
                }
            }));
            log("No TEST_DATABASE_URL and no Docker: tests run on an embedded PostgreSQL (port " + postgres.getPort()
                    + ", temporary data directory)");
            String url = postgres.getJdbcUrl("postgres", "postgres");
            return new TestDatabase(Mode.EMBEDDED, credentials(url, "postgres", ""), url, "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static Map<String, String> credentials(String url, String username, String password) {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", username == null ? "" : username,
                "spring.datasource.password", password == null ? "" : password);
    }

    /** Replaces the database name in a jdbc:postgresql://host:port/name?params URL. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + params;
    }

    private static void execute(String url, String username, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: could not run '" + sql + "' on " + url, e);
        }
    }

    private static void log(String message) {
        System.out.println("[test database] " + message);
    }
}
