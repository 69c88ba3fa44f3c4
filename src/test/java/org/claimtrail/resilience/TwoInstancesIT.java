package org.claimtrail.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimtrail.testapp.HtmlForm;
import org.claimtrail.testapp.RunningApp;
import org.claimtrail.testapp.ScratchPostgres;
import org.claimtrail.testapp.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances on two ports, one database: what an editor sees must not depend on which one answers. */
class TwoInstancesIT {

    private static final String CLAIM = "/claims/musk-holds-a-security-clearance";

    static ScratchPostgres postgres;
    static RunningApp first;
    static RunningApp second;

    @BeforeAll
    static void startTwoInstances() {
        postgres = ScratchPostgres.start("two-instances");
        first = RunningApp.start(postgres.datasourceProperties());
        second = RunningApp.start(postgres.datasourceProperties());
        System.out.println(
                "[two instances] ports " + first.port() + " and " + second.port() + " on " + postgres.jdbcUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        first.close();
        postgres.close();
    }

    @Test
    void aSignInOnOneInstanceIsValidOnTheOtherAndSigningOutEndsItOnBoth() {
        WebSession onFirst = new WebSession(first.baseUrl());
        onFirst.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        WebSession onSecond = onFirst.on(second.baseUrl());

        HttpResponse<String> page = onSecond.get("/account/password");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(RunningApp.ADMIN);
        // The CSRF token's cookie goes wherever the browser's cookies go: a form loaded on one instance
        // posts to the other.
        HtmlForm form = HtmlForm.from(onFirst.get("/sources/new").body(), "main form[method=post]");
        form.set("kind", "NEWS_REPORT").set("title", "Loaded on one instance, saved on the other");
        onSecond = onFirst.on(second.baseUrl());
        assertThat(onSecond.postEncoded("/sources/new", form.encoded()).statusCode())
                .isEqualTo(302);

        assertThat(onSecond.post("/logout", java.util.Map.of()).statusCode()).isEqualTo(302);
        HttpResponse<String> afterSignOut = onFirst.get("/account/password");
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        System.out.println("[two instances] signed in on " + first.port() + ", recognised on " + second.port()
                + ", a form from one saved through the other, signed out on " + second.port() + ", refused on "
                + first.port());
    }

    @Test
    void disablingAnAccountOnOneInstanceEndsItsSessionsOnBoth() {
        WebSession admin = new WebSession(first.baseUrl());
        admin.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        String created = admin.post(
                        "/admin/accounts",
                        java.util.Map.of(
                                "username", "roaming-editor", "password", "roaming editor password", "role", "EDITOR"))
                .headers()
                .firstValue("Location")
                .orElse("");
        assertThat(created).endsWith("/admin/accounts");
        WebSession onFirst = new WebSession(first.baseUrl());
        onFirst.signIn("roaming-editor", "roaming editor password");
        WebSession onSecond = new WebSession(second.baseUrl());
        onSecond.signIn("roaming-editor", "roaming editor password");
        assertThat(onSecond.get("/account/password").statusCode()).isEqualTo(200);

        long id =
                postgres.jdbc().queryForObject("select id from account where username = 'roaming-editor'", Long.class);
        assertThat(admin.on(second.baseUrl())
                        .post("/admin/accounts/" + id + "/disable", java.util.Map.of())
                        .statusCode())
                .isEqualTo(302);

        for (WebSession session :
                List.of(onFirst, onSecond, onFirst.on(second.baseUrl()), onSecond.on(first.baseUrl()))) {
            HttpResponse<String> page = session.get("/account/password");
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        System.out.println("[two instances] an editor signed in on both instances; disabled through " + second.port()
                + ", both sessions ended on both instances");
    }

    @Test
    void anEditThroughOneInstanceIsOnTheVeryNextPageOfBothEvenForCachedVisitors() {
        WebSession visitor = new WebSession(first.baseUrl());
        WebSession sameVisitorOnSecond = new WebSession(second.baseUrl());
        HttpResponse<String> onFirst = visitor.get(CLAIM);
        HttpResponse<String> onSecond = sameVisitorOnSecond.get(CLAIM);
        String etag = onFirst.headers().firstValue("ETag").orElseThrow();
        assertThat(onSecond.headers().firstValue("ETag"))
                .as("both instances read one version")
                .hasValue(etag);
        assertThat(visitor.get(CLAIM).body()).as("now cached on the first").isEqualTo(onFirst.body());

        WebSession editor = new WebSession(second.baseUrl());
        editor.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        HtmlForm form = HtmlForm.from(editor.get(CLAIM + "/edit").body(), "main form[method=post]");
        String wording = "Wording saved through the second instance at " + System.nanoTime();
        assertThat(editor.postEncoded(
                                CLAIM + "/edit", form.set("statement", wording).encoded())
                        .statusCode())
                .isEqualTo(302);

        for (WebSession reader : List.of(visitor, sameVisitorOnSecond)) {
            HttpResponse<String> next =
                    reader.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(reader.baseUrl() + CLAIM))
                            .header("If-None-Match", etag)
                            .GET());
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(next.body()).contains(wording);
            assertThat(next.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        }
        System.out.println("[two instances] a visitor's page cached on " + first.port() + " and " + second.port()
                + " with one ETag; an edit through " + second.port() + " showed on the very next request to both");
    }

    @Test
    void simultaneousPageLoadsOfOneSessionAllSucceed() throws Exception {
        WebSession editor = new WebSession(first.baseUrl());
        editor.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        WebSession sameOnSecond = editor.on(second.baseUrl());
        ExecutorService tabs = Executors.newFixedThreadPool(8);
        List<Future<Integer>> loads = new ArrayList<>();
        for (int tab = 0; tab < 16; tab++) {
            WebSession via = tab % 2 == 0 ? editor : sameOnSecond;
            // The first page after sign-in creates the session's CSRF token: all of them race to store it.
            loads.add(tabs.submit(() -> via.get("/").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> load : loads) {
            statuses.add(load.get());
        }
        tabs.shutdown();
        System.out.println("[two instances] 16 simultaneous page loads of one fresh session: " + statuses);
        assertThat(statuses).containsOnly(200);
    }

    @Test
    void simultaneousEditsOfOneClaimThroughBothInstancesGiveOneSuccessAndOneConflict() throws Exception {
        WebSession anna = new WebSession(first.baseUrl());
        anna.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        WebSession ben = new WebSession(second.baseUrl());
        ben.signIn(RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
        int rounds = 10;
        int saved = 0;
        int conflicts = 0;
        for (int round = 0; round < rounds; round++) {
            HtmlForm annasForm = HtmlForm.from(anna.get(CLAIM + "/edit").body(), "main form[method=post]");
            HtmlForm bensForm = HtmlForm.from(ben.get(CLAIM + "/edit").body(), "main form[method=post]");
            String annasText = "Anna's wording, round " + round;
            String bensText = "Ben's wording, round " + round;
            annasForm.set("statement", annasText);
            bensForm.set("statement", bensText);
            int revisionsBefore = revisionsOfClaim();

            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Integer> annasSave = CompletableFuture.supplyAsync(() -> {
                await(together);
                return anna.postEncoded(CLAIM + "/edit", annasForm.encoded()).statusCode();
            });
            CompletableFuture<Integer> bensSave = CompletableFuture.supplyAsync(() -> {
                await(together);
                return ben.postEncoded(CLAIM + "/edit", bensForm.encoded()).statusCode();
            });
            List<Integer> outcome = List.of(annasSave.get(), bensSave.get());
            assertThat(outcome).as("round " + round).containsExactlyInAnyOrder(302, 409);

            String winner = outcome.get(0) == 302 ? annasText : bensText;
            assertThat(statementOfClaim())
                    .as("the stored statement is the acknowledged one")
                    .isEqualTo(winner);
            assertThat(revisionsOfClaim()).as("exactly one new revision").isEqualTo(revisionsBefore + 1);
            saved++;
            conflicts++;
        }
        System.out.println("[two instances] " + rounds + " rounds of simultaneous edits of one claim through ports "
                + first.port() + " and " + second.port() + ": " + saved + " saved, " + conflicts
                + " shown as conflicts, 0 lost updates");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String statementOfClaim() {
        return postgres.jdbc()
                .queryForObject(
                        "select statement from claim where slug = 'musk-holds-a-security-clearance'", String.class);
    }

    private static int revisionsOfClaim() {
        return postgres.jdbc()
                .queryForObject(
                        "select count(*) from claim_aud a join claim c on c.id = a.id "
                                + "where c.slug = 'musk-holds-a-security-clearance'",
                        Integer.class);
    }
}
