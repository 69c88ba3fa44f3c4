package org.claimtrail.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.claimtrail.testapp.RunningApp;
import org.claimtrail.testapp.ScratchPostgres;
import org.claimtrail.testapp.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The database stops while readers and editors are busy, then comes back. Readers and editors get
 * a friendly 503 meanwhile (never a 500), health says DOWN, the same running instance recovers,
 * sessions survive, and every source whose creation was acknowledged is still there.
 */
class DatabaseOutageIT {

    private static final List<String> READ_PATHS =
            List.of("/", "/claims", "/claims/musk-holds-a-security-clearance", "/timeline", "/sources", "/api/claims");

    enum Phase {
        BEFORE,
        DOWN,
        AFTER
    }

    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
    private final StatusTally tally = new StatusTally();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<HttpResponse<String>> unavailablePages = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;

    @Test
    void aDatabaseOutageGivesFriendly503sAndLosesNoAcknowledgedEdit() throws Exception {
        try (ScratchPostgres postgres = ScratchPostgres.start("outage");
                RunningApp app = RunningApp.start(Map.of(
                        "spring.datasource.url", postgres.jdbcUrl(),
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", "",
                        "spring.datasource.hikari.connection-timeout", "1500"))) {
            WebSession editor = new WebSession(app.baseUrl());
            assertThat(editor.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD)
                            .headers()
                            .firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

            editor.csrfToken();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (int reader = 0; reader < 2; reader++) {
                work.add(clients.submit(() -> read(new WebSession(app.baseUrl()))));
            }
            for (int writer = 0; writer < 2; writer++) {
                String name = "writer" + writer;
                work.add(clients.submit(() -> write(editor, name)));
            }

            Thread.sleep(2_000);
            postgres.stop();
            phase.set(Phase.DOWN);
            Instant stoppedAt = Instant.now();
            Thread.sleep(4_000);

            HttpResponse<String> health = new WebSession(app.baseUrl()).get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            System.out.println(
                    "[outage] health while the database is stopped: " + health.statusCode() + " " + health.body());

            postgres.restart();
            Duration recovery = awaitHealthy(app);
            phase.set(Phase.AFTER);
            System.out.println("[outage] database down for "
                    + Duration.between(stoppedAt, Instant.now()).toSeconds() + " s; health UP again "
                    + recovery.toMillis() + " ms after the restart, same instance");
            Thread.sleep(2_000);
            running = false;
            for (Future<?> future : work) {
                future.get(2, TimeUnit.MINUTES);
            }
            clients.shutdown();

            System.out.println("[outage] responses by phase and status: " + tally);
            assertThat(tally.outside(Set.of(200, 302, 503)))
                    .as("responses other than 200, 302 and 503")
                    .isEmpty();
            for (Phase p : Phase.values()) {
                assertThat(tally.count(p + " read", 200))
                        .as("reads answered in phase " + p)
                        .isPositive();
            }
            assertThat(tally.count(Phase.DOWN + " read", 503))
                    .as("reads answered 503 while down")
                    .isPositive();
            assertThat(tally.count(Phase.DOWN + " write", 503))
                    .as("writes answered 503 while down")
                    .isPositive();
            assertThat(tally.count(Phase.AFTER + " write", 302))
                    .as("writes acknowledged after recovery")
                    .isPositive();
            assertThat(tally.outside(Set.of(200, 302, 503)).keySet().stream().filter(k -> k.startsWith("AFTER")))
                    .isEmpty();

            assertFriendly(unavailablePages.peek());

            // The editor's sign-in lives in the database too, and survived the outage.
            assertThat(editor.get("/sources/new").statusCode()).isEqualTo(200);

            List<String> missing = missingSources(postgres, acknowledged);
            System.out.println("[outage] sources acknowledged: " + acknowledged.size() + ", missing afterwards: "
                    + missing.size());
            assertThat(acknowledged).hasSizeGreaterThan(5);
            assertThat(missing).isEmpty();
        }
    }

    private void read(WebSession reader) {
        int i = 0;
        while (running) {
            String path = READ_PATHS.get(i++ % READ_PATHS.size());
            Phase during = phase.get();
            HttpResponse<String> response = reader.get(path);
            tally.record(during + " read", response.statusCode());
            if (response.statusCode() == 503 && !path.startsWith("/api") && unavailablePages.isEmpty()) {
                unavailablePages.add(response);
            }
        }
    }

    private void write(WebSession editor, String name) {
        int i = 0;
        while (running) {
            String title = "Outage probe " + name + " #" + i++;
            Phase during = phase.get();
            HttpResponse<String> response = editor.post("/sources/new", Map.of("kind", "NEWS_REPORT", "title", title));
            tally.record(during + " write", response.statusCode());
            if (response.statusCode() == 302) {
                acknowledged.add(title);
            }
        }
    }

    private static Duration awaitHealthy(RunningApp app) throws InterruptedException {
        Instant restarted = Instant.now();
        WebSession probe = new WebSession(app.baseUrl());
        while (Duration.between(restarted, Instant.now()).toSeconds() < 60) {
            if (probe.get("/actuator/health").statusCode() == 200) {
                return Duration.between(restarted, Instant.now());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The application did not recover within 60 s of the database coming back");
    }

    private static void assertFriendly(HttpResponse<String> response) {
        assertThat(response).as("a 503 page was seen").isNotNull();
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String body = response.body();
        Document page = Jsoup.parse(body);
        assertThat(page.select("header.site-header nav"))
                .as("the outage page is in the site's layout")
                .isNotEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Temporarily unavailable");
        assertThat(body)
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("org.")
                .doesNotContain("jdbc")
                .doesNotContain("SQL");
    }

    private static List<String> missingSources(ScratchPostgres postgres, Iterable<String> titles) {
        List<String> missing = new ArrayList<>();
        for (String title : titles) {
            if (postgres.jdbc().queryForObject("select count(*) from source where title = ?", Integer.class, title)
                    != 1) {
                missing.add(title);
            }
        }
        return missing;
    }
}
