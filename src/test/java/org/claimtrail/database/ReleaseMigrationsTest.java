package org.claimtrail.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.claimtrail.testapp.DatabaseRows;
import org.claimtrail.testdb.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A release's upgrade is all or nothing, and only the one rewritten migration may differ from the
 * history, by its exact earlier checksum. Migrations run as the application runs them
 * (application.properties: one transaction for the lot) on databases earlier releases wrote.
 */
class ReleaseMigrationsTest {

    @Test
    void anUpgradeThatFailsLeavesTheEarlierReleasesDatabaseExactlyAsItWas() {
        Map<String, String> database = TestDatabase.get().restoredProperties("failing upgrade", "upgrade/7fc9b01.sql");
        Flyway flyway = flyway(database, "classpath:db/migration", "classpath:db/failing-upgrade");

        assertThatThrownBy(() -> ReleaseMigrations.migrate(flyway))
                .hasMessageContaining("an upgrade that fails at its last step");

        JdbcTemplate upgraded = jdbc(database);
        assertThat(upgraded.queryForList(
                        "select version from flyway_schema_history order by installed_rank", String.class))
                .containsExactly("1", "2", "3", "4", "5", "6");
        // Down to the tables 7fc9b01 needs that later migrations drop (sign_in_throttle, story_aud).
        assertThat(DatabaseRows.of(upgraded))
                .isEqualTo(DatabaseRows.of(jdbc(TestDatabase.get().asRestored("failing upgrade"))));
    }

    @Test
    void aDatabaseThatRanTheEarlierTextOfTheRewrittenMigrationIsAccepted() {
        Map<String, String> database = TestDatabase.get().restoredProperties("earlier V12", "upgrade/0dd8f84.sql");
        assertThat(checksum(database, "12")).isEqualTo(ReleaseMigrations.REWRITTEN.get("12"));

        ReleaseMigrations.migrate(flyway(database, "classpath:db/migration"));

        assertThat(checksum(database, "12"))
                .as("kept, so the previous release still validates it")
                .isEqualTo(ReleaseMigrations.REWRITTEN.get("12"));
        assertThat(jdbc(database).queryForObject("select max(version::int) from flyway_schema_history", Integer.class))
                .isGreaterThanOrEqualTo(18);
    }

    @Test
    void anyOtherDifferenceFromTheHistoryStopsTheUpgrade() {
        Map<String, String> otherText = TestDatabase.get().restoredProperties("other V12", "upgrade/0dd8f84.sql");
        jdbc(otherText).update("update flyway_schema_history set checksum = 12345 where version = '12'");
        Map<String, String> editedMigration =
                TestDatabase.get().restoredProperties("edited V13", "upgrade/0dd8f84.sql");
        jdbc(editedMigration).update("update flyway_schema_history set checksum = checksum + 1 where version = '13'");

        assertThatThrownBy(() -> ReleaseMigrations.migrate(flyway(otherText, "classpath:db/migration")))
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch for migration version 12");
        assertThatThrownBy(() -> ReleaseMigrations.migrate(flyway(editedMigration, "classpath:db/migration")))
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch for migration version 13");
        assertThat(jdbc(editedMigration)
                        .queryForObject("select max(version::int) from flyway_schema_history", Integer.class))
                .isEqualTo(16);
    }

    /** As Spring Boot configures it from application.properties (one transaction for the lot). */
    private static Flyway flyway(Map<String, String> database, String... locations) {
        Properties application = new Properties();
        try (var in = ReleaseMigrationsTest.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Flyway.configure()
                .dataSource(
                        database.get("spring.datasource.url"),
                        database.get("spring.datasource.username"),
                        database.get("spring.datasource.password"))
                .locations(locations)
                .group(Boolean.parseBoolean(application.getProperty("spring.flyway.group")))
                .load();
    }

    private static Integer checksum(Map<String, String> database, String version) {
        return jdbc(database)
                .queryForObject("select checksum from flyway_schema_history where version = ?", Integer.class, version);
    }

    private static JdbcTemplate jdbc(Map<String, String> database) {
        return new JdbcTemplate(new SingleConnectionDataSource(
                database.get("spring.datasource.url"),
                database.get("spring.datasource.username"),
                database.get("spring.datasource.password"),
                true));
    }
}
