package org.claimtrail.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL outlives a Claimtrail that is killed (kill -9, a crash): its postmaster
 * keeps the data directory, and the next start failed after 10 s with the cause buried in a stack
 * trace. Before starting, a postmaster still running on the directory, whose Claimtrail is gone
 * (nobody holds zonky's lock), is stopped: a fast shutdown, which writes everything committed.
 */
final class StaleEmbeddedServer {

    private static final Logger log = LoggerFactory.getLogger(StaleEmbeddedServer.class);
    /** zonky's own lock file in the data directory, held by the running application. */
    private static final String LOCK_FILE = "epg-lock";

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private StaleEmbeddedServer() {}

    static void stopIfLeftRunning(Path directory) {
        Optional<ProcessHandle> postmaster = postmaster(directory);
        if (postmaster.isEmpty() || !nobodyHoldsTheLock(directory)) {
            return;
        }
        long pid = postmaster.get().pid();
        log.warn(
                "The embedded PostgreSQL of an earlier run is still running on {} (pid {}), left by a Claimtrail that "
                        + "was killed: stopping it (fast shutdown; committed work is kept).",
                directory,
                pid);
        fastShutdown(postmaster.get());
        try {
            postmaster.get().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException stillRunning) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (postmaster.get().isAlive()) {
            throw new EmbeddedPostgresUnavailable(
                    "The embedded PostgreSQL of an earlier run (pid " + pid + ") is still " + "running on " + directory
                            + " and did not stop within " + STOP_WAIT.toSeconds() + " s.",
                    "Stop it (kill -INT " + pid + "), then start Claimtrail again.",
                    null);
        }
    }

    /** The live postgres process named in postmaster.pid, if any. */
    private static Optional<ProcessHandle> postmaster(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** True when no running Claimtrail holds the directory (the lock is released when its JVM dies). */
    private static boolean nobodyHoldsTheLock(Path directory) {
        Path lockFile = directory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileChannel channel = file.getChannel();
                FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (IOException | java.nio.channels.OverlappingFileLockException held) {
            return false;
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown; Java can only send SIGTERM (smart: waits for sessions), so ask kill. */
    private static void fastShutdown(ProcessHandle postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid())).start();
            if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException noKillCommand) {
            // not a Unix-like system: fall back to SIGTERM below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster.destroy();
    }
}
