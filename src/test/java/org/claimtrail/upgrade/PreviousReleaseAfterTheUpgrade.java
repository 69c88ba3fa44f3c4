package org.claimtrail.upgrade;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimtrail.testapp.AppProcess;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Going back after an upgrade works: the database the previous release (2074270 now; 0dd8f84
 * before it) wrote through its forms is upgraded by this release's jar, and then that release's
 * own jar runs on it: an editor signs in and
 * saves, an admin opens the accounts. (0dd8f84's own upgrade had dropped a table 7fc9b01 needed,
 * so going back made every sign-in a 500.) Run by .ci/run with both jars; prints what it did and
 * exits non-zero on any failure.
 */
public final class PreviousReleaseAfterTheUpgrade {

    private PreviousReleaseAfterTheUpgrade() {}

    /** {@code <server jdbc url> <this release's jar> <the previous release's jar> <its name, e.g. 2074270>} */
    public static void main(String[] args) throws Exception {
        String server = args[0];
        Path current = Path.of(args[1]);
        Path previous = Path.of(args[2]);
        String release = args.length > 3 ? args[3] : "0dd8f84";
        JdbcTemplate admin = EarlierReleaseDumps.jdbc(server + "/postgres");
        admin.execute("drop database if exists going_back with (force)");
        admin.execute("create database going_back");
        String url = server + "/going_back";
        try (var dump = PreviousReleaseAfterTheUpgrade.class.getResourceAsStream("/upgrade/" + release + ".sql")) {
            EarlierReleaseDumps.jdbc(url).execute(new String(dump.readAllBytes(), StandardCharsets.UTF_8));
        }

        try (AppProcess upgraded = AppProcess.jar(current, List.of(), url, "postgres", "")) {
            System.out.println("[going back] this release upgraded " + release + "'s database and answers on "
                    + upgraded.baseUrl());
        }
        try (AppProcess goneBack = AppProcess.jar(previous, List.of(), url, "postgres", "")) {
            DeskForms anna = DeskForms.signIn(
                    goneBack.baseUrl(), EarlierReleaseDumps.EDITOR, EarlierReleaseDumps.EDITOR_PASSWORD);
            anna.save(
                    "/actors/tass/edit",
                    Map.of("description", "desk: saved by " + release + " after the upgrade and the way back."));
            DeskForms chief =
                    DeskForms.signIn(goneBack.baseUrl(), EarlierReleaseDumps.ADMIN, EarlierReleaseDumps.ADMIN_PASSWORD);
            chief.save(
                    "/admin/accounts",
                    Map.of("username", "after-going-back", "password", "a passphrase long enough", "role", "EDITOR"));
            String log = goneBack.log();
            if (log.contains("ERROR")) {
                throw new IllegalStateException(release + " logged errors on the upgraded database:\n" + log);
            }
        }
        String saved = EarlierReleaseDumps.jdbc(url)
                .queryForObject("select description from actor where slug = 'tass'", String.class);
        if (!saved.startsWith("desk: saved by " + release)) {
            throw new IllegalStateException("The save was not stored: " + saved);
        }
        System.out.println("[going back] " + release + " ran on the upgraded database: an editor signed in and saved, "
                + "an admin signed in and created an account, no error in its log");
        admin.execute("drop database going_back with (force)");
    }
}
