package org.claimtrail.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.claimtrail.testapp.HtmlForm;
import org.claimtrail.testapp.Proofs;
import org.claimtrail.testapp.RunningApp;
import org.claimtrail.testapp.ScratchPostgres;
import org.claimtrail.testapp.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A bounded soak: readers and editors on two instances, 10 s in the README's loop and 150 s with
 * {@code -Dproofs=full} ({@code -Dsoak.seconds=…} for any other length). Zero errors, and the rows in the database are exactly the writes that were
 * acknowledged: nothing lost, nothing doubled.
 */
class SoakIT {

    private static final Duration LENGTH =
            Duration.ofSeconds(Long.getLong("soak.seconds", Proofs.size("soak seconds", 10, 150)));
    private static final int READERS = 4;
    private static final int EDITORS = 2;
    private static final List<String> READ_PATHS = List.of(
            "/",
            "/claims",
            "/claims?q=starlink",
            "/claims?sort=newest",
            "/claims/musk-holds-a-security-clearance",
            "/timeline",
            "/timeline.csv",
            "/sources",
            "/actors",
            "/actors/elon-musk",
            "/api/claims",
            "/api/timeline",
            "/feed.atom",
            "/claims/musk-holds-a-security-clearance/history");
    /** Each editor corrects a claim of its own, so every edit is expected to succeed. */
    private static final List<String> EDITORS_CLAIMS =
            List.of("musk-holds-a-security-clearance", "musk-and-putin-in-regular-contact-since-late-2022");

    private final StatusTally tally = new StatusTally();
    private final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong sourcesAcknowledged = new AtomicLong();
    private final AtomicLong attributionsAcknowledged = new AtomicLong();
    private final AtomicLong claimEditsAcknowledged = new AtomicLong();
    private volatile long deadline;

    @Test
    void mixedReadsAndEditsOnTwoInstancesGiveNoErrorsAndExactlyTheAcknowledgedRows() throws Exception {
        try (ScratchPostgres postgres = ScratchPostgres.start("soak");
                RunningApp first = RunningApp.start(postgres.datasourceProperties());
                RunningApp second = RunningApp.start(postgres.datasourceProperties())) {
            List<String> instances = List.of(first.baseUrl(), second.baseUrl());
            Map<String, Long> before = counts(postgres);
            deadline = System.nanoTime() + LENGTH.toNanos();

            ExecutorService clients = Executors.newFixedThreadPool(READERS + EDITORS);
            List<Future<?>> work = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                String instance = instances.get(r % 2);
                work.add(clients.submit(() -> read(new WebSession(instance))));
            }
            for (int e = 0; e < EDITORS; e++) {
                WebSession editor = new WebSession(instances.get(e % 2));
                assertThat(editor.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD)
                                .statusCode())
                        .isEqualTo(302);
                String claim = EDITORS_CLAIMS.get(e);
                work.add(clients.submit(() -> edit(editor, claim)));
            }
            for (Future<?> future : work) {
                future.get(LENGTH.toSeconds() + 120, TimeUnit.SECONDS);
            }
            clients.shutdown();

            Map<String, Long> after = counts(postgres);
            report(before, after);
            assertThat(tally.outside(Set.of(200, 302)))
                    .as("errors or unexpected answers")
                    .isEmpty();
            assertThat(after.get("source") - before.get("source")).isEqualTo(sourcesAcknowledged.get());
            assertThat(after.get("attribution") - before.get("attribution")).isEqualTo(attributionsAcknowledged.get());
            assertThat(after.get("claim wordings") - before.get("claim wordings"))
                    .isEqualTo(claimEditsAcknowledged.get());
            assertThat(sourcesAcknowledged.get()).isPositive();
            assertThat(attributionsAcknowledged.get()).isPositive();
            assertThat(claimEditsAcknowledged.get()).isPositive();
        }
    }

    private boolean running() {
        return System.nanoTime() < deadline;
    }

    private void read(WebSession reader) {
        while (running()) {
            String path = READ_PATHS.get(ThreadLocalRandom.current().nextInt(READ_PATHS.size()));
            timed("read", () -> reader.get(path));
        }
    }

    private void edit(WebSession editor, String claimSlug) {
        int round = 0;
        while (running()) {
            round++;
            String title = "Soak source " + Thread.currentThread().getName() + " #" + round;
            HttpResponse<String> created = timed(
                    "create source", () -> editor.post("/sources/new", Map.of("kind", "WIRE_REPORT", "title", title)));
            if (created.statusCode() != 302) {
                continue;
            }
            sourcesAcknowledged.incrementAndGet();
            String sourceId =
                    created.headers().firstValue("Location").orElseThrow().replaceAll(".*/sources/", "");

            String attributionPage = "/claims/" + claimSlug + "/attributions/new?sourceId=" + sourceId;
            String formPage = editor.get(attributionPage).body();
            HtmlForm attribution = HtmlForm.from(formPage, "main form[method=post]")
                    .set("speakerId", firstOption(formPage, "speakerId"))
                    .set("stance", "ASSERTS")
                    .set("quote", "Soak quote " + round);
            if (timed("add attribution", () -> editor.postEncoded(attribution.action(), attribution.encoded()))
                            .statusCode()
                    == 302) {
                attributionsAcknowledged.incrementAndGet();
            }

            HtmlForm claim = HtmlForm.from(
                            editor.get("/claims/" + claimSlug + "/edit").body(), "main form[method=post]")
                    .set("statement", "Soak wording " + round + " of " + claimSlug);
            if (timed("edit claim", () -> editor.postEncoded(claim.action(), claim.encoded()))
                            .statusCode()
                    == 302) {
                claimEditsAcknowledged.incrementAndGet();
            }
        }
    }

    /** The first item a list or a picker (radio buttons, form.Choices) offers for the field. */
    private static String firstOption(String html, String field) {
        return Jsoup.parse(html)
                .select("select[name=" + field + "] option[value~=\\d+], input[type=radio][name=" + field
                        + "][value~=\\d+]")
                .first()
                .val();
    }

    private HttpResponse<String> timed(String kind, java.util.function.Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        latenciesMicros.add((System.nanoTime() - start) / 1_000);
        tally.record(kind, response.statusCode());
        return response;
    }

    private static Map<String, Long> counts(ScratchPostgres postgres) {
        return postgres.jdbc()
                .queryForObject(
                        "select (select count(*) from source), "
                                + "(select count(*) from attribution), "
                                // Each acknowledged edit wrote a wording of its own into the claim's history.
                                + "(select count(distinct statement) from claim_aud where statement like 'Soak wording %')",
                        (rows, n) -> Map.of(
                                "source",
                                rows.getLong(1),
                                "attribution",
                                rows.getLong(2),
                                "claim wordings",
                                rows.getLong(3)));
    }

    private void report(Map<String, Long> before, Map<String, Long> after) {
        List<Long> sorted;
        synchronized (latenciesMicros) {
            sorted = new ArrayList<>(latenciesMicros);
        }
        Collections.sort(sorted);
        System.out.printf(
                "[soak] %d s, %d readers and %d editors on two instances: %d requests (%.0f/s)%n",
                LENGTH.toSeconds(), READERS, EDITORS, tally.total(), tally.total() / (double) LENGTH.toSeconds());
        System.out.printf(
                "[soak] latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1000.0);
        System.out.println("[soak] answers by kind and status: " + tally);
        System.out.println("[soak] errors (anything but 200/302): " + tally.outside(Set.of(200, 302)));
        System.out.printf(
                "[soak] acknowledged: %d sources, %d attributions, %d claim edits; rows added: %d, %d, %d%n",
                sourcesAcknowledged.get(),
                attributionsAcknowledged.get(),
                claimEditsAcknowledged.get(),
                after.get("source") - before.get("source"),
                after.get("attribution") - before.get("attribution"),
                after.get("claim wordings") - before.get("claim wordings"));
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
