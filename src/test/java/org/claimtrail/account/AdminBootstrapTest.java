package org.claimtrail.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.claimtrail.ClaimtrailApplication;
import org.claimtrail.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first admin exists before the web server answers anything: a sign-in script that starts with
 * the server can never meet a missing admin and count failures towards its own lock-out.
 */
class AdminBootstrapTest {

    @Test
    void theFirstAdminExistsWhenTheServerStartsAnswering() {
        Map<String, Object> properties =
                new HashMap<>(TestDatabase.get().isolatedProperties(getClass().getName()));
        properties.put("server.port", "0");
        properties.put("claimtrail.admin.username", "first-admin");
        properties.put("claimtrail.admin.password", "correct horse battery staple");
        AtomicReference<Long> adminsWhenServing = new AtomicReference<>();
        ApplicationListener<WebServerInitializedEvent> serving =
                event -> adminsWhenServing.set(event.getApplicationContext()
                        .getBean(JdbcTemplate.class)
                        .queryForObject("select count(*) from account where username = 'first-admin'", Long.class));

        // As command-line arguments: they outrank application.properties, as the variables do in production.
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ClaimtrailApplication.class)
                .listeners(serving)
                .run(arguments)) {
            assertThat(adminsWhenServing.get())
                    .as("admins when the web server started")
                    .isEqualTo(1);
        }
    }
}
