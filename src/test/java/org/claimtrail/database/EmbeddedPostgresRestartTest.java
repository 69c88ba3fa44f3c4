package org.claimtrail.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.claimtrail.ClaimtrailApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run command with no database configured: the application starts its own PostgreSQL, says
 * where the data lives, and what an editor saved is still there after a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedPostgresRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestart(CapturedOutput output) {
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class))
                    .isEqualTo(14);
            jdbc.update("insert into actor (slug, name, kind) values ('restart-witness', 'Restart witness', 'PERSON')");
        }
        assertThat(output)
                .contains(
                        "using an embedded PostgreSQL",
                        dataDirectory.resolve("postgres").toString(),
                        "SPRING_DATASOURCE_URL");

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select name from actor where slug = 'restart-witness'", String.class))
                    .isEqualTo("Restart witness");
            assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class))
                    .as("the seed migration runs once")
                    .isEqualTo(14);
        }
    }

    /** A second Claimtrail on the same data says so and what to do, without a stack trace, and harms nothing. */
    @Test
    void aSecondApplicationOnTheSameDataSaysWhatToDo(CapturedOutput output) {
        try (ConfigurableApplicationContext first = start()) {
            assertThatThrownBy(this::start).hasRootCauseInstanceOf(IllegalStateException.class);
            String report = output.getAll().substring(output.getAll().lastIndexOf("APPLICATION FAILED TO START"));
            assertThat(report)
                    .contains("is in use by another running Claimtrail", "CLAIMTRAIL_EMBEDDED_POSTGRES_DATA_DIRECTORY")
                    .doesNotContain("\tat ");
            assertThat(first.getBean(JdbcTemplate.class).queryForObject("select count(*) from claim", Integer.class))
                    .isEqualTo(14);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ClaimtrailApplication.class)
                .properties(
                        "server.port=0",
                        "claimtrail.embedded-postgres.data-directory=" + dataDirectory.resolve("postgres"))
                .run();
    }
}
