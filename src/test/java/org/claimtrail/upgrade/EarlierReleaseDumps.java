package org.claimtrail.upgrade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claimtrail.testapp.AppProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Writes the databases the upgrade tests start from ({@link UpgradeFromEarlierReleasesTest}): an
 * earlier release's own jar runs on an empty database, a desk edits it through that release's
 * forms ({@link DeskEdits}), and the database is dumped as SQL under
 * {@code src/test/resources/upgrade/}. A developer's tool, run by {@code src/test/upgrade/make-dumps.sh}
 * (which builds the releases' jars from git); never part of a test run.
 *
 * <ul>
 *   <li>{@code 7fc9b01.sql}: the release before issue 10 (migrations V1–V6), edited as the outside
 *       reliability run did (issue 21), with near-duplicate sources and links of every type;</li>
 *   <li>{@code 0dd8f84.sql}: the same desk's database upgraded by release 0dd8f84 (V1–V16, whose V12
 *       rewrote some of that work) and edited further through 0dd8f84's forms: stories, verdicts,
 *       corrections, relays, withdrawals;</li>
 *   <li>{@code 2074270.sql}: that database upgraded by release 2074270 (V1–V23) and edited through
 *       its desk's forms: notes, work states and assignments, a draft verdict, bulk moves.</li>
 * </ul>
 */
public final class EarlierReleaseDumps {

    static final String ADMIN = "chief";
    static final String ADMIN_PASSWORD = "a long passphrase";
    static final String EDITOR = "anna";
    static final String SECOND_EDITOR = "ben";
    static final String EDITOR_PASSWORD = "anna's long passphrase";
    static final String SECOND_EDITOR_PASSWORD = "ben's long passphrase";

    private EarlierReleaseDumps() {}

    /** {@code <server jdbc url> <pg_dump> <output directory> <7fc9b01 jar> <0dd8f84 jar> [<2074270 jar>]} */
    public static void main(String[] args) throws Exception {
        String server = args[0];
        Path pgDump = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Path release8 = Path.of(args[3]);
        Path release19 = Path.of(args[4]);
        Path release28 = args.length > 5 ? Path.of(args[5]) : null;

        String first = database(server, "upgrade_7fc9b01");
        try (AppProcess app = start(release8, first)) {
            DeskEdits.atRelease7fc9b01(app.baseUrl(), jdbc(first), true);
        }
        dump(
                pgDump,
                first,
                out.resolve("7fc9b01.sql"),
                "7fc9b01 (migrations V1-V6), edited through its forms by DeskEdits.atRelease7fc9b01");

        String second = database(server, "upgrade_0dd8f84");
        try (AppProcess app = start(release8, second)) {
            DeskEdits.atRelease7fc9b01(app.baseUrl(), jdbc(second), false);
        }
        try (AppProcess app = start(release19, second)) {
            DeskEdits.atRelease0dd8f84(app.baseUrl(), jdbc(second));
        }
        dump(
                pgDump,
                second,
                out.resolve("0dd8f84.sql"),
                "7fc9b01 edited by DeskEdits.atRelease7fc9b01 (without the link its V12 refuses), upgraded by "
                        + "0dd8f84 (V1-V16) and edited through its forms by DeskEdits.atRelease0dd8f84");
        if (release28 == null) {
            return;
        }
        try (AppProcess app = start(release28, second)) {
            DeskEdits.atRelease2074270(app.baseUrl(), jdbc(second));
        }
        dump(
                pgDump,
                second,
                out.resolve("2074270.sql"),
                "2074270 (V1-V23): the database of 0dd8f84.sql, written the same way, upgraded by 2074270 and "
                        + "edited through its forms by DeskEdits.atRelease2074270: the desk's notes, work states, "
                        + "assignments, a draft verdict, bulk moves");
    }

    private static AppProcess start(Path jar, String url) {
        return AppProcess.jar(
                jar,
                List.of("-Dclaimtrail.admin.username=" + ADMIN, "-Dclaimtrail.admin.password=" + ADMIN_PASSWORD),
                url,
                "postgres",
                "");
    }

    private static String database(String server, String name) {
        JdbcTemplate admin = jdbc(server + "/postgres");
        admin.execute("drop database if exists " + name + " with (force)");
        admin.execute("create database " + name);
        return server + "/" + name;
    }

    static JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new SingleConnectionDataSource(url, "postgres", "", true));
    }

    /**
     * Plain SQL a JDBC connection can replay (INSERTs, no COPY), without owners or grants, and
     * without the sign-ins' session rows (binary, and meaningless after the dump).
     */
    private static void dump(Path pgDump, String url, Path file, String description)
            throws IOException, InterruptedException {
        String database = url.substring(url.lastIndexOf('/') + 1);
        String hostPort = url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
        List<String> command = new ArrayList<>(List.of(
                pgDump.toString(),
                "-h",
                hostPort.split(":")[0],
                "-p",
                hostPort.split(":")[1],
                "-U",
                "postgres",
                "--no-owner",
                "--no-privileges",
                "--column-inserts",
                "--rows-per-insert=100",
                "--exclude-table-data=spring_session*",
                "-d",
                database));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] sql = process.getInputStream().readAllBytes();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pg_dump failed: " + errors);
        }
        Map<String, String> header = new LinkedHashMap<>();
        header.put("What", "a database written by Claimtrail release " + description + ".");
        header.put(
                "Made by",
                "src/test/upgrade/make-dumps.sh (EarlierReleaseDumps); replayed by UpgradeFromEarlierReleasesTest.");
        StringBuilder text = new StringBuilder();
        header.forEach(
                (k, v) -> text.append("-- ").append(k).append(": ").append(v).append('\n'));
        // psql's own commands (\restrict since pg_dump 15.14) are not SQL: JDBC replays the rest.
        String statements = new String(sql, StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.startsWith("\\"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Files.writeString(file, text + statements);
        System.out.println("wrote " + file + " (" + Files.size(file) / 1024 + " KB)");
    }
}
