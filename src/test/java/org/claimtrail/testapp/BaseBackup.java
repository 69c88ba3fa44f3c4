package org.claimtrail.testapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Copies a running server's data directory between pg_backup_start and pg_backup_stop, leaving out
 * what PostgreSQL's "low-level base backup" documentation says to leave out: the running server's
 * own files and the contents of its WAL, slot and temporary directories (the replica streams the
 * WAL it needs through its slot).
 */
final class BaseBackup {

    private static final Set<String> SKIPPED_FILES =
            Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "pg_internal.init", "backup_label.old");
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_stat_tmp",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_subtrans",
            // The primary's own server log (ScratchPostgres#logStatements): the replica writes its own.
            "log");

    private BaseBackup() {}

    static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path relative = from.relativize(path);
                if (skipped(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                } catch (NoSuchFileException gone) {
                    // A temporary file the server removed meanwhile.
                }
            }
            Files.createDirectories(to.resolve("pg_wal").resolve("archive_status"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean skipped(Path relative) {
        if (relative.getNameCount() == 0) {
            return false;
        }
        String name = relative.getFileName().toString();
        if (SKIPPED_FILES.contains(name) || name.startsWith("pgsql_tmp")) {
            return true;
        }
        return relative.getNameCount() > 1
                && EMPTIED_DIRECTORIES.contains(relative.getName(0).toString());
    }
}
