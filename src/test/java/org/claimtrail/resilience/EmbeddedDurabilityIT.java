package org.claimtrail.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrail.testapp.AppProcess;
import org.claimtrail.testapp.Proofs;
import org.claimtrail.testapp.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The default deployment, {@code java -jar} with no database named, keeps every save it
 * acknowledged through a crash, and starts again after one without help. Editors save while the
 * JVM and every PostgreSQL process but the postmaster are killed at once (kill -9): PostgreSQL
 * loses its memory and recovers from its log, and the postmaster outlives its JVM. The next start
 * stops that postmaster in one line of log, and every save that was acknowledged (a redirect) is
 * there. With zonky's defaults (fsync and synchronous commit off) 16 of 276 were missing.
 */
class EmbeddedDurabilityIT {

    private static final int EDITORS = 8;
    private static final Duration SAVING = Duration.ofSeconds(Proofs.size("embedded crash seconds of saving", 2, 20));

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedSaveSurvivesACrashAndTheNextStartNeedsNoHelp() throws Exception {
        Path directory = data.resolve("postgres");
        List<String> options = List.of(
                "-Dclaimtrail.embedded-postgres.data-directory=" + directory,
                "-Dclaimtrail.admin.username=desk-admin",
                "-Dclaimtrail.admin.password=correct horse battery staple");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        AppProcess first = AppProcess.jarOnItsOwnDatabase(options);
        long postmaster = postmasterPid(directory);
        saveWhile(first, acknowledged, () -> {
            crashEveryPostgresProcessButThePostmaster(postmaster);
            first.kill();
        });
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
                .as("the postmaster outlived its JVM")
                .hasValue(true);

        try (AppProcess second = AppProcess.jarOnItsOwnDatabase(options)) {
            assertThat(second.log())
                    .contains("is still running on " + directory + " (pid " + postmaster + ")")
                    .doesNotContain("APPLICATION FAILED TO START")
                    .doesNotContain("\tat ");
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            // The running server's port is the fourth line of its postmaster.pid.
            String port = Files.readAllLines(directory.resolve("postmaster.pid"))
                    .get(3)
                    .strip();
            JdbcTemplate database = new JdbcTemplate(new SingleConnectionDataSource(
                    "jdbc:postgresql://localhost:" + port + "/claimtrail", "postgres", "", true));
            Set<String> stored = Set.copyOf(
                    database.queryForList("select slug from actor where slug like 'durable-%'", String.class));
            List<String> missing =
                    acknowledged.stream().filter(slug -> !stored.contains(slug)).toList();
            System.out.println(
                    "[embedded crash] " + acknowledged.size() + " saves acknowledged before a kill -9 of the "
                            + "JVM and of PostgreSQL; missing after the restart: " + missing.size());
            assertThat(acknowledged).as("saves acknowledged").hasSizeGreaterThan(1);
            assertThat(missing).isEmpty();
        }
    }

    /** One save, then {@code EDITORS} editors add actors for {@code SAVING}; {@code crash} runs while they still save. */
    private static void saveWhile(AppProcess app, Set<String> acknowledged, Crash crash) throws Exception {
        WebSession admin = new WebSession(app.baseUrl());
        admin.signIn("desk-admin", "correct horse battery staple");
        // One save first: the first one builds what saving needs (repositories are built on first use).
        HttpResponse<String> first = admin.post("/actors/new", Map.of("name", "Durable first", "kind", "PERSON"));
        assertThat(first.statusCode()).as("the first save").isEqualTo(302);
        acknowledged.add("durable-first");
        AtomicBoolean saving = new AtomicBoolean(true);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        for (int e = 0; e < EDITORS; e++) {
            editors.submit(() -> {
                while (saving.get()) {
                    String name = "Durable " + counter.incrementAndGet();
                    try {
                        HttpResponse<String> saved = admin.post("/actors/new", Map.of("name", name, "kind", "PERSON"));
                        String location = saved.headers().firstValue("Location").orElse("");
                        if (saved.statusCode() == 302 && location.contains("/actors/")) {
                            acknowledged.add(location.substring(location.lastIndexOf('/') + 1));
                        }
                    } catch (RuntimeException refusedOrCut) {
                        // the crash cut this save off: it was not acknowledged
                    }
                }
            });
        }
        Thread.sleep(SAVING.toMillis());
        crash.run();
        saving.set(false);
        editors.shutdown();
        assertThat(editors.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
    }

    /**
     * kill -9 of every process the postmaster started: its shared memory (unwritten log included) is
     * gone, and the postmaster restarts them and recovers from what is on disk, as after a crash.
     */
    private static void crashEveryPostgresProcessButThePostmaster(long postmaster) {
        ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static long postmasterPid(Path directory) throws Exception {
        return Long.parseLong(
                Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
    }

    @FunctionalInterface
    private interface Crash {
        void run() throws Exception;
    }
}
