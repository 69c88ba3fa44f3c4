package org.claimtrail.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.claimtrail.testapp.HtmlForm;
import org.claimtrail.testapp.WebSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Taking an account's rights away ends its open sign-ins, over real HTTP with real sessions:
 * disabling an editor signs out every browser they use, a new password signs out every other
 * browser, and no admin can leave the site without an enabled admin.
 */
@IsolatedDatabase
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimtrail.admin.username=chief", "claimtrail.admin.password=first admin password"})
class SessionEndingTest {

    private static final String CLAIM = "/claims/musk-holds-a-security-clearance";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void everyAdminBackAsBefore() {
        jdbc.update("update account set enabled = true");
        jdbc.update("update account set role = 'ADMIN' where username = 'chief'");
    }

    @Test
    void aNewPasswordEndsEveryOtherSessionOfTheAccount() {
        accounts.create("two-laptops", "old password of two laptops", Role.EDITOR);
        WebSession laptopA = signedIn("two-laptops", "old password of two laptops");
        WebSession laptopB = signedIn("two-laptops", "old password of two laptops");

        HttpResponse<String> changed = laptopA.post(
                "/account/password",
                Map.of(
                        "currentPassword",
                        "old password of two laptops",
                        "newPassword",
                        "new password of two laptops",
                        "repeatPassword",
                        "new password of two laptops"));
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(laptopA.get("/account/password").statusCode())
                .as("the session that changed it goes on")
                .isEqualTo(200);
        assertSignedOut(laptopB);
        assertThat(sessionsOf("two-laptops")).isEqualTo(1);
    }

    @Test
    void disablingAnAccountEndsAllItsSessionsAtOnceAndTheyCanNoLongerEdit() {
        Account editor = accounts.create("leaving-editor", "leaving editor password", Role.EDITOR);
        WebSession desk = signedIn("leaving-editor", "leaving editor password");
        WebSession phone = signedIn("leaving-editor", "leaving editor password");
        HtmlForm openForm = HtmlForm.from(phone.get(CLAIM + "/edit").body(), "main form[method=post]");
        WebSession admin = signedIn("chief", "first admin password");

        assertThat(admin.post("/admin/accounts/" + editor.getId() + "/disable", Map.of())
                        .statusCode())
                .isEqualTo(302);

        assertSignedOut(desk);
        assertSignedOut(phone);
        String before = statement();
        HttpResponse<String> save = phone.postEncoded(
                CLAIM + "/edit",
                openForm.set("statement", "Edited after disabling").encoded());
        // Not saved; the sign-in page answers, carrying the form as sent (SessionEndedPosts).
        assertThat(save.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(save.body())
                        .select("input[name=carried.statement]")
                        .val())
                .isEqualTo("Edited after disabling");
        assertThat(statement()).isEqualTo(before);
        assertThat(sessionsOf("leaving-editor")).isZero();
    }

    @Test
    void anAdminCannotDisableThemselvesOrLeaveTheSiteWithoutAnAdmin() {
        long chief = accountId("chief");
        WebSession admin = signedIn("chief", "first admin password");

        HttpResponse<String> self = admin.post("/admin/accounts/" + chief + "/disable", Map.of());
        assertThat(self.statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(admin.get("/admin/accounts").body())
                        .select("[role=alert]")
                        .text())
                .contains("cannot disable your own account");
        assertThat(admin.post("/admin/accounts/" + chief + "/role", Map.of("role", "EDITOR"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(Jsoup.parse(admin.get("/admin/accounts").body())
                        .select("[role=alert]")
                        .text())
                .contains("last enabled admin");
        assertThat(enabledAdmins()).isEqualTo(1);
    }

    @Test
    void twoAdminsDisablingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        accounts.create("deputy", "deputy admin password", Role.ADMIN);
        WebSession chief = signedIn("chief", "first admin password");
        WebSession deputy = signedIn("deputy", "deputy admin password");
        long chiefId = accountId("chief");
        long deputyId = accountId("deputy");
        chief.csrfToken();
        deputy.csrfToken();

        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> {
            await(together);
            return chief.post("/admin/accounts/" + deputyId + "/disable", Map.of())
                    .statusCode();
        });
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
            await(together);
            return deputy.post("/admin/accounts/" + chiefId + "/disable", Map.of())
                    .statusCode();
        });
        assertThat(List.of(first.get(), second.get()))
                .as("a refusal, never an error")
                .containsOnly(302);

        assertThat(enabledAdmins()).as("one of the two disablings was refused").isEqualTo(1);
        System.out.println("[accounts] two admins disabled each other at once: one enabled admin remains");
    }

    private WebSession signedIn(String username, String password) {
        WebSession session = new WebSession("http://127.0.0.1:" + port);
        HttpResponse<String> response = session.signIn(username, password);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        return session;
    }

    private static void assertSignedOut(WebSession session) {
        HttpResponse<String> page = session.get("/account/password");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private int sessionsOf(String username) {
        return jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?", Integer.class, username);
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private int enabledAdmins() {
        return jdbc.queryForObject("select count(*) from account where role = 'ADMIN' and enabled", Integer.class);
    }

    private String statement() {
        return jdbc.queryForObject(
                "select statement from claim where slug = 'musk-holds-a-security-clearance'", String.class);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
