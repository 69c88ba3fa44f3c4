package org.claimtrail.database;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a release's migrations are applied. All pending migrations run in one transaction
 * ({@code spring.flyway.group=true}), so an upgrade that fails leaves the previous release's schema
 * and data exactly as they were, and the previous release starts again.
 *
 * <p>One migration was rewritten after it had run: V12 of releases up to 0dd8f84 corrected the seed
 * story over editors' work (issue 21); its schema part stayed, statement for statement, and its
 * corrections moved to V18. A database that ran the old text is accepted as it is, by its exact
 * checksum, and keeps that checksum, so the previous release still starts on it too. Any other
 * difference between the history and the migrations stops the start-up as Flyway always does.
 */
@Configuration(proxyBeanMethods = false)
class ReleaseMigrations {

    private static final Logger log = LoggerFactory.getLogger(ReleaseMigrations.class);

    /** Version → the checksum of the text that version had before it was rewritten. */
    static final Map<String, Integer> REWRITTEN = Map.of("12", -477231032);

    @Bean
    FlywayMigrationStrategy releaseMigrationStrategy() {
        return ReleaseMigrations::migrate;
    }

    static void migrate(Flyway flyway) {
        if (onlyRewrittenMigrationsDiffer(flyway)) {
            log.info(
                    "Migration history: V{} was applied in the text it had until release 0dd8f84; it made the same "
                            + "schema, so it is accepted as it is.",
                    String.join(", V", REWRITTEN.keySet()));
            Flyway.configure(flyway.getConfiguration().getClassLoader())
                    .configuration(flyway.getConfiguration())
                    .validateOnMigrate(false)
                    .load()
                    .migrate();
            return;
        }
        flyway.migrate();
    }

    /**
     * True when the only objections validation has are checksum mismatches of rewritten versions
     * whose applied checksum is exactly the earlier text's (pending migrations are not objections).
     */
    private static boolean onlyRewrittenMigrationsDiffer(Flyway flyway) {
        List<ValidateOutput> objections = flyway.validateWithResult().invalidMigrations.stream()
                .filter(invalid ->
                        invalid.errorDetails.errorCode != CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED)
                .toList();
        return !objections.isEmpty()
                && objections.stream()
                        .allMatch(invalid -> invalid.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH
                                && REWRITTEN.containsKey(invalid.version)
                                && Objects.equals(
                                        REWRITTEN.get(invalid.version), appliedChecksum(flyway, invalid.version)));
    }

    private static Integer appliedChecksum(Flyway flyway, String version) {
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getVersion() != null
                    && applied.getVersion().getVersion().equals(version)) {
                return applied.getChecksum();
            }
        }
        return null;
    }
}
