package org.claimtrail.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.claimtrail.testapp.WebSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Six parallel creations of account "racer" gave one save and five 500s (duplicate key). Every
 * form that creates something unique is sent six times at the same moment over real HTTP: there
 * is never a server error; a name that must be unique is saved once and the others are told why
 * on their form; things that may share a wording get distinct addresses.
 */
@IsolatedDatabase
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "claimtrail.admin.username=race-admin",
            "claimtrail.admin.password=race admin password",
            // Six forms at once from one address is this test's point; the limit on one client's
            // simultaneous form reads (4, RequestBodies) is another's, and it refused two of the
            // six on a busy machine.
            "claimtrail.request-body.per-client=" + SimultaneousSavesTest.AT_ONCE
        })
class SimultaneousSavesTest {

    static final int AT_ONCE = 6;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sixAccountsOfOneNameGiveOneAccountAndFiveFormErrors() throws Exception {
        List<HttpResponse<String>> answers = atOnce(session -> session.post(
                "/admin/accounts", Map.of("username", "Racer", "password", "racer password 1", "role", "EDITOR")));

        assertThat(statuses(answers)).containsOnly(200, 302).containsOnlyOnce(302);
        answers.stream()
                .filter(a -> a.statusCode() == 200)
                .forEach(a -> assertThat(
                                Jsoup.parse(a.body()).select(".field-error").text())
                        .contains("That username is taken."));
        assertThat(count("select count(*) from account where username = 'racer'"))
                .isEqualTo(1);
        System.out.println("[races] 6 simultaneous account creations of one name: " + statuses(answers));
    }

    @Test
    void sixSourcesAtOneAddressGiveOneSourceAndFiveFormErrors() throws Exception {
        List<HttpResponse<String>> answers = atOnce(session -> session.post(
                "/sources/new",
                Map.of("kind", "NEWS_REPORT", "title", "Raced report", "url", "https://race.example/report")));

        assertThat(statuses(answers)).containsOnly(200, 302).containsOnlyOnce(302);
        answers.stream()
                .filter(a -> a.statusCode() == 200)
                .forEach(a -> assertThat(
                                Jsoup.parse(a.body()).select(".field-error").text())
                        .containsAnyOf("already exists", "a moment ago"));
        assertThat(count("select count(*) from source where url = 'https://race.example/report'"))
                .isEqualTo(1);
    }

    @Test
    void sixLinksBetweenTheSameClaimsGiveOneLinkAndFiveFormErrors() throws Exception {
        long target = jdbc.queryForObject(
                "select id from claim where slug = 'musk-says-he-spoke-with-putin-once-in-2021'", Long.class);
        List<HttpResponse<String>> answers = atOnce(session -> session.post(
                "/claims/musk-holds-a-security-clearance/links/new",
                Map.of("targetId", String.valueOf(target), "type", "SUPPORTS")));

        assertThat(statuses(answers)).containsOnly(200, 302).containsOnlyOnce(302);
        answers.stream()
                .filter(a -> a.statusCode() == 200)
                .forEach(a -> assertThat(a.body()).contains("already linked"));
    }

    @Test
    void sixActorsAndSixClaimsWordedAlikeAreAllSavedUnderDistinctAddresses() throws Exception {
        List<HttpResponse<String>> actors = atOnce(session -> session.post(
                "/actors/new", Map.of("name", "Raced Spokesperson", "kind", "PERSON", "distinct", "true")));
        List<HttpResponse<String>> claims = atOnce(session -> session.post(
                "/claims/new",
                Map.of(
                        "differentClaim",
                        "true",
                        "statement",
                        "A raced claim",
                        "status",
                        "REPORTED",
                        "storyId",
                        jdbc.queryForObject("select min(id) from story", String.class))));

        assertThat(statuses(actors)).containsOnly(302);
        assertThat(statuses(claims)).containsOnly(302);
        assertThat(count("select count(distinct slug) from actor where name = 'Raced Spokesperson'"))
                .isEqualTo(AT_ONCE);
        assertThat(count("select count(distinct slug) from claim where statement = 'A raced claim'"))
                .isEqualTo(AT_ONCE);
    }

    /** The same post from six signed-in admins, released together. */
    private List<HttpResponse<String>> atOnce(Function<WebSession, HttpResponse<String>> post) throws Exception {
        CyclicBarrier together = new CyclicBarrier(AT_ONCE);
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            WebSession session = new WebSession("http://127.0.0.1:" + port);
            session.signIn("race-admin", "race admin password");
            session.csrfToken();
            sends.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return post.apply(session);
                    },
                    threads));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> send : sends) {
            answers.add(send.get());
        }
        threads.shutdown();
        return answers;
    }

    private static List<Integer> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(HttpResponse::statusCode).toList();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
