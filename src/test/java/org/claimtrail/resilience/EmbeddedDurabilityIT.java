package org.claimtrail.resilience;

import org.claimtrail.testapp.AppProcess;
import org.claimtrail.testapp.Proofs;
import org.claimtrail.testapp.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default deployment, {@code java -jar} with no database named, keeps every save it
 * acknowledged through a crash, and starts again after one without help:
 * <ol>
 *   <li>editors save while the JVM is killed (kill -9); its embedded postmaster lives on, and the
 *       next start stops it in one line of log instead of failing on its lock;</li>
 *   <li>editors save while the JVM and the whole PostgreSQL are killed at once; after the restart
 *       every save that was acknowledged (a redirect) is there.</li>
 * </ol>
 */
class EmbeddedDurabilityIT {

    private static final int EDITORS = 8;
    private static final Duration SAVING = Duration.ofSeconds(Proofs.size("embedded crash seconds of saving", 3, 15));

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedSaveSurvivesACrashAndTheNextStartNeedsNoHelp() throws Exception {
        Path directory = data.resolve("postgres");
        List<String> options = List.of("-Dclaimtrail.embedded-postgres.data-directory=" + directory,
                "-Dclaimtrail.admin.username=desk-admin", "-Dclaimtrail.admin.password=correct horse battery staple");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        AppProcess first = AppProcess.jarOnItsOwnDatabase(options);
        saveWhile(first, "killed", acknowledged, first::kill);
        long orphan = postmasterPid(directory);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the postmaster outlived its JVM").hasValue(true);

        AppProcess second = AppProcess.jarOnItsOwnDatabase(options);
        String log = second.log();
        assertThat(log).contains("is still running on " + directory + " (pid " + orphan + ")")
                .doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat ");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        saveWhile(second, "crashed", acknowledged, () -> {
            crashPostgres(directory);
            second.kill();
        });

        try (AppProcess third = AppProcess.jarOnItsOwnDatabase(options)) {
            WebSession reader = new WebSession(third.baseUrl());
            List<String> missing = acknowledged.stream()
                    .filter(slug -> reader.get("/actors/" + slug).statusCode() != 200).toList();
            System.out.println("[embedded crash] " + acknowledged.size() + " saves acknowledged across a kill -9 of the "
                    + "JVM and one of the JVM with its PostgreSQL; missing after the restart: " + missing.size());
            assertThat(acknowledged).hasSizeGreaterThan(EDITORS);
            assertThat(missing).isEmpty();
        }
    }

    /** {@code EDITORS} editors add actors for {@code SAVING}, then {@code crash} runs while they still save. */
    private static void saveWhile(AppProcess app, String round, Set<String> acknowledged, Crash crash) throws Exception {
        WebSession admin = new WebSession(app.baseUrl());
        admin.signIn("desk-admin", "correct horse battery staple");
        AtomicBoolean saving = new AtomicBoolean(true);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        for (int e = 0; e < EDITORS; e++) {
            editors.submit(() -> {
                while (saving.get()) {
                    String name = "Durable " + round + " " + counter.incrementAndGet();
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

    /** kill -9 of the postmaster and every process it started, at once, as a power cut would stop them. */
    private static void crashPostgres(Path directory) throws Exception {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid(directory)).orElseThrow();
        List<ProcessHandle> all = new java.util.ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
    }

    private static long postmasterPid(Path directory) throws Exception {
        return Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
    }

    @FunctionalInterface
    private interface Crash {
        void run() throws Exception;
    }
}
