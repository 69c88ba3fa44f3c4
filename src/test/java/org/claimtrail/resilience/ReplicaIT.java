package org.claimtrail.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.claimtrail.testapp.HtmlForm;
import org.claimtrail.testapp.RunningApp;
import org.claimtrail.testapp.ScratchPostgres;
import org.claimtrail.testapp.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real PostgreSQL streaming replica (a base backup of a running primary, replaying its WAL as
 * {@code pg_basebackup -R} would set it up) behind one instance: visitors' pages are read there,
 * editors read their own writes from the primary, a replica that falls behind its bound or goes
 * away is skipped (and health says so) without a visitor seeing a 5xx or time going backwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaIT {

    private static final String CLAIM = "/claims/musk-holds-a-security-clearance";
    private static final List<String> PAGES =
            List.of("/", "/claims", CLAIM, "/timeline", "/sources", "/api/claims", "/actors", "/corrections");
    private static final List<String> HTML_PAGES =
            PAGES.stream().filter(page -> !page.startsWith("/api/")).toList();
    private static final Duration MAX_LAG = Duration.ofSeconds(2);
    /** The name the instance's connections give both servers, so their logs tell its statements from the test's. */
    private static final String APPLICATION = "claimtrail-under-test";

    static ScratchPostgres primary;
    static ScratchPostgres replica;
    static RunningApp app;
    static Walker walker;

    @BeforeAll
    static void startAPrimaryAReplicaAndTheApp() {
        primary = ScratchPostgres.start("replica-primary");
        primary.logStatements();
        replica = primary.streamingReplica("replica-standby");
        Map<String, Object> properties = new java.util.HashMap<>(primary.datasourceProperties());
        properties.put("spring.datasource.url", primary.jdbcUrl() + "?ApplicationName=" + APPLICATION);
        properties.put("claimtrail.replica.url", replica.jdbcUrl() + "?ApplicationName=" + APPLICATION);
        properties.put("claimtrail.replica.max-lag", MAX_LAG.toMillis() + "ms");
        properties.put("claimtrail.replica.probe-interval", "200ms");
        properties.put("claimtrail.replica.connection-timeout", "500ms");
        app = RunningApp.start(properties);
        awaitReplica("UP");
        walker = new Walker(app.baseUrl());
        walker.start();
        System.out.println("[replica] primary " + primary.jdbcUrl() + ", streaming replica " + replica.jdbcUrl()
                + ", app on " + app.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (walker != null) {
            walker.stop();
        }
        if (app != null) {
            app.close();
        }
        if (replica != null) {
            replica.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    @Test
    @Order(1)
    void visitorsReadTheReplicaAndEditorsSeeTheirEditOnTheirNextRequest() {
        replica.jdbc().execute("select pg_wal_replay_pause()");
        try {
            long replicaVersion = versionOn(replica);
            WebSession editor = new WebSession(app.baseUrl());
            editor.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            String wording = "Saved while the replica is paused, " + System.nanoTime();
            HtmlForm form = HtmlForm.from(editor.get(CLAIM + "/edit").body(), "main form[method=post]");
            assertThat(editor.postEncoded(
                                    CLAIM + "/edit",
                                    form.set("statement", wording).encoded())
                            .statusCode())
                    .isEqualTo(302);

            assertThat(editor.get(CLAIM).body()).as("the editor's next request").contains(wording);
            HttpResponse<String> visitors = new WebSession(app.baseUrl()).get(CLAIM);
            assertThat(visitors.statusCode()).isEqualTo(200);
            assertThat(visitors.body()).as("a visitor reads the paused replica").doesNotContain(wording);
            assertThat(versionOn(primary)).isGreaterThan(replicaVersion);
            assertThat(visitors.headers().firstValue("ETag"))
                    .as("tagged with the version it was read at, not the primary's newer one")
                    .hasValue("\"v" + replicaVersion + "\"");
            System.out.println("[replica] replay paused at v" + replicaVersion + ", primary at v" + versionOn(primary)
                    + ": the editor saw the edit at once, a visitor got the replica's page tagged v" + replicaVersion);

            // Past the bound the replica is skipped: health says so, and visitors read the primary.
            Instant paused = Instant.now();
            HttpResponse<String> health = awaitReplica("SKIPPED");
            assertThat(health.statusCode()).as("the instance stays in service").isEqualTo(200);
            assertThat(health.body()).startsWith("{\"components\"").contains("\"status\":\"UP\"}");
            assertThat(new WebSession(app.baseUrl()).get(CLAIM).body()).contains(wording);
            System.out.println("[replica] skipped "
                    + Duration.between(paused, Instant.now()).toMillis() + " ms after the check (bound "
                    + MAX_LAG.toMillis() + " ms); visitors read the primary");
        } finally {
            replica.jdbc().execute("select pg_wal_replay_resume()");
        }
        awaitReplica("UP");
        assertThat(versionOn(replica)).isEqualTo(versionOn(primary));
    }

    @Test
    @Order(2)
    void theReplicasLossCostsNoVisitorA5xxAndItIsTakenBackOnceItReturns() throws Exception {
        ExecutorService visitors = Executors.newFixedThreadPool(4);
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        Instant until = Instant.now().plusSeconds(6);
        List<Future<?>> work = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            int offset = v;
            work.add(visitors.submit(() -> {
                WebSession visitor = new WebSession(app.baseUrl());
                for (int i = offset; Instant.now().isBefore(until); i++) {
                    // A query string of its own: a page the instance has not cached, read from a database.
                    statuses.add(visitor.get(HTML_PAGES.get(i % HTML_PAGES.size()) + "?n=" + offset + "-" + i)
                            .statusCode());
                }
            }));
        }
        Thread.sleep(1_500);
        replica.stop();
        for (Future<?> each : work) {
            each.get();
        }
        visitors.shutdown();
        HttpResponse<String> health = awaitReplica("SKIPPED");
        assertThat(health.statusCode()).isEqualTo(200);
        System.out.println("[replica] stopped under 4 visitors: " + statuses.size() + " pages, statuses "
                + statuses.stream().distinct().toList());
        assertThat(statuses).isNotEmpty().containsOnly(200);

        replica.restart();
        awaitReplica("UP");
        assertThat(new WebSession(app.baseUrl()).get(CLAIM).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void aVisitorNeverSawTimeGoBackwardsAcrossPages() throws Exception {
        walker.stop();
        System.out.println("[replica] a visitor walked " + walker.versions.size() + " pages through the pause, "
                + "the skip, the catch-up, the loss and the return; versions "
                + walker.versions.stream().distinct().toList());
        assertThat(walker.statuses).containsOnly(200);
        assertThat(walker.versions).isSorted().hasSizeGreaterThan(20);
        assertThat(walker.versions.stream().distinct().count())
                .as("the walk saw the edit arrive")
                .isGreaterThan(1);
    }

    /**
     * The statement bounds (StatementCountTest) hold with the routing on: read from each server's
     * own statement log, a visitor's uncached page sends every statement to the replica and none
     * to the primary, and exactly as many as the same page sends the primary once the replica is
     * skipped. A statement read on the wrong server (the content version, say) or sent twice would
     * show here.
     */
    @Test
    @Order(4)
    void aVisitorsPageSendsAllItsStatementsToTheReplicaAndAsManyAsToThePrimary() {
        statementsPerPage("warm-up", true); // the replica's pool reconnects after the restart above
        Map<String, Integer> onReplica = statementsPerPage("replica", true);
        replica.stop();
        awaitReplica("SKIPPED");
        Map<String, Integer> onPrimary = statementsPerPage("primary", false);
        onReplica.forEach((page, count) -> System.out.printf(
                "[replica] statements for %-45s on the replica %2d, on the primary once it is skipped %2d%n",
                page, count, onPrimary.get(page)));
        assertThat(onReplica).isEqualTo(onPrimary);
        assertThat(onReplica.values()).allSatisfy(count -> assertThat(count).isBetween(1, 24));
        replica.restart();
        awaitReplica("UP");
    }

    /** Each HTML page at an address not yet cached, and the statements it cost on the server it was read from. */
    private static Map<String, Integer> statementsPerPage(String route, boolean replicaInUse) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String page : HTML_PAGES) {
            long primaryFrom = primary.statementLogEnd();
            long replicaFrom = replicaInUse ? replica.statementLogEnd() : 0;
            assertThat(new WebSession(app.baseUrl())
                            .get(page + "?statements=" + route)
                            .statusCode())
                    .isEqualTo(200);
            List<String> fromPrimary = pageStatements(primary.statementsLoggedSince(primaryFrom));
            if (!replicaInUse) {
                counts.put(page, fromPrimary.size());
                continue;
            }
            List<String> fromReplica = pageStatements(replica.statementsLoggedSince(replicaFrom));
            if (!route.equals("warm-up")) {
                assertThat(fromPrimary)
                        .as(page + " read with the replica in use")
                        .isEmpty();
            }
            counts.put(page, fromReplica.size());
        }
        return counts;
    }

    /**
     * What the instance sent for the page, counted as StatementCountTest counts (statements, not
     * transaction control), without its background work: the replica probe, the sourcing-summary
     * keeper, Spring Session's clean-up.
     */
    private static List<String> pageStatements(List<ScratchPostgres.Logged> logged) {
        return logged.stream()
                .filter(statement -> statement.application().equals(APPLICATION))
                .map(ScratchPostgres.Logged::sql)
                .filter(sql -> !sql.equals("select version from content_version")
                        && !sql.startsWith("select pg_try_advisory_xact_lock(")
                        && !sql.startsWith("with picked as (")
                        && !sql.startsWith("DELETE FROM SPRING_SESSION")
                        && !sql.matches("(?i)(begin|commit|rollback|set|show)\\b.*")
                        && !sql.isEmpty())
                .toList();
    }

    private static long versionOn(ScratchPostgres server) {
        return server.jdbc().queryForObject("select version from content_version", Long.class);
    }

    private static HttpResponse<String> awaitReplica(String status) {
        Instant deadline = Instant.now().plus(MAX_LAG).plusSeconds(20);
        HttpResponse<String> health;
        do {
            health = new WebSession(app.baseUrl()).get("/actuator/health");
            if (health.body().matches(".*\"replica\":\\{[^}]*\"status\":\"" + status + "\".*")) {
                return health;
            }
            sleep(100);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("replica not " + status + ": " + health.body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One visitor going from page to page for the whole class, keeping each page's version. */
    static final class Walker implements Runnable {
        final List<Long> versions = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        private final WebSession visitor;
        private final Thread thread = new Thread(this, "replica-walker");
        private volatile boolean walking = true;

        Walker(String baseUrl) {
            this.visitor = new WebSession(baseUrl);
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            walking = false;
            thread.join();
        }

        @Override
        public void run() {
            for (int i = 0; walking; i++) {
                HttpResponse<String> page = visitor.get(PAGES.get(i % PAGES.size()));
                statuses.add(page.statusCode());
                page.headers()
                        .firstValue("ETag")
                        .filter(Predicate.not(String::isBlank))
                        .ifPresent(tag -> versions.add(Long.parseLong(tag.replaceAll("[^0-9]", ""))));
                sleep(50);
            }
        }
    }
}
