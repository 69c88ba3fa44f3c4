package org.claimtrail.testapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimtrail.ClaimtrailApplication;

/**
 * The application as a process of its own, with the JVM options a test gives it (a small heap,
 * say), on a free port, pointed at a database, its output in a temporary log. Returned once its
 * health answers. Tests that must see what the production wiring does under a limit use it, so a
 * probe that rebuilds the wiring cannot stand in for the real thing.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The packaged jar in target/ (the failsafe proofs run after {@code package}). */
    public static AppProcess jar(List<String> jvmOptions, String jdbcUrl, String username, String password) {
        return jar(packagedJar(), jvmOptions, jdbcUrl, username, password);
    }

    /** Any build's jar: an earlier release's, say, to write a database the way it did. */
    public static AppProcess jar(Path jar, List<String> jvmOptions, String jdbcUrl, String username, String password) {
        return start(jvmOptions, List.of("-jar", jar.toString()), jdbcUrl, username, password);
    }

    /** The compiled classes on the test classpath, main class and all: for the fast tests, before a jar exists. */
    public static AppProcess classes(List<String> jvmOptions, String jdbcUrl, String username, String password) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return start(
                jvmOptions,
                List.of("-cp", classpath, ClaimtrailApplication.class.getName()),
                jdbcUrl,
                username,
                password);
    }

    /**
     * The packaged jar with no database named, as {@code java -jar} runs on a fresh machine: it starts
     * its own PostgreSQL (pass its data directory in the JVM options).
     */
    public static AppProcess jarOnItsOwnDatabase(List<String> jvmOptions) {
        return start(jvmOptions, List.of("-jar", packagedJar().toString()), null, null, null);
    }

    private static final String JIT_TIERS = "-XX:TieredStopAtLevel=";

    /**
     * The compiler tiers the tests themselves run with (the pom's argLine: the first tier for the
     * README's quick loop, all of them for .ci/run's full-size proofs). A child started with every
     * tier spent 19 CPU seconds starting and serving 50 pages, 12 with the first tier only.
     */
    private static List<String> jitTiersOfThisJvm() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith(JIT_TIERS))
                .toList();
    }

    private static AppProcess start(
            List<String> jvmOptions, List<String> launch, String jdbcUrl, String username, String password) {
        try {
            int port = freePort();
            Path log = Files.createTempFile("claimtrail-process-", ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (jvmOptions.stream().noneMatch(option -> option.startsWith(JIT_TIERS))) {
                command.addAll(jitTiersOfThisJvm());
            }
            command.addAll(jvmOptions);
            command.addAll(launch);
            command.addAll(List.of("--server.port=" + port, "--spring.main.banner-mode=off"));
            if (jdbcUrl != null) {
                command.addAll(List.of(
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + username,
                        "--spring.datasource.password=" + password));
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            AppProcess app = new AppProcess(process, log, port);
            app.awaitHealthy();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process printed so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9: the JVM ends at once, as in a crash; what it started on its own (a postmaster) lives on. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitHealthy() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited: " + log());
            }
            try {
                HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5))
                        .build();
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application did not start: " + log());
    }

    private static Path packagedJar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("claimtrail-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run after package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
