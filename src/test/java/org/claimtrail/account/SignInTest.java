package org.claimtrail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in, lock-out, the first admin, accounts and passwords, against real accounts. */
@IsolatedDatabase
@SpringBootTest(
        properties = {
            "claimtrail.admin.username=chief",
            "claimtrail.admin.password=first-admin-password",
            "claimtrail.sign-in.max-failures=5"
        })
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Test
    void theFirstAdminComesFromTheEnvironmentAndIsNeverOverwritten() throws Exception {
        assertThat(jdbc.queryForObject("select role from account where username = 'chief'", String.class))
                .isEqualTo("ADMIN");
        String hash = jdbc.queryForObject("select password_hash from account where username = 'chief'", String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("first-admin-password");

        new AdminBootstrap(accounts, "chief", "another-password-entirely").createFirstAdmin();

        assertThat(jdbc.queryForObject("select password_hash from account where username = 'chief'", String.class))
                .isEqualTo(hash);
        assertThat(signIn("chief", "first-admin-password").getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aSignInIsStoredInPostgresqlSoEveryInstanceSharesIt() throws Exception {
        accounts.create("shared-session", "shared-session-password", Role.EDITOR);

        MockHttpServletResponse response = signIn("shared-session", "shared-session-password");

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = 'shared-session'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aWrongPasswordAnUnknownNameAndADisabledAccountGetTheSameAnswer() throws Exception {
        Account disabled = accounts.create("gone-editor", "gone-editor-password", Role.EDITOR);
        accounts.disable(disabled.getId(), "chief");

        assertThat(signIn("chief", "wrong-password").getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(signIn("nobody-by-that-name", "wrong-password").getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(signIn("gone-editor", "gone-editor-password").getRedirectedUrl())
                .isEqualTo("/login?error");
        var page = Jsoup.parse(mvc.perform(get("/login").param("error", ""))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("[role=alert]").text()).isEqualTo("Wrong username or password.");
    }

    @Test
    void repeatedFailuresLockTheNameOutEvenWithTheRightPasswordAndEvenForUnknownNames() throws Exception {
        accounts.create("target-editor", "target-editor-password", Role.EDITOR);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn("target-editor", "guess-" + attempt).getRedirectedUrl())
                    .isEqualTo("/login?error");
            signIn("ghost-" + "account", "guess-" + attempt);
        }

        assertThat(signIn("target-editor", "target-editor-password").getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(signIn("ghost-account", "anything").getRedirectedUrl())
                .as("an unknown name locks the same way, so a lock-out reveals nothing")
                .isEqualTo("/login?locked");
        var page = Jsoup.parse(mvc.perform(get("/login").param("locked", ""))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("[role=alert]").text()).contains("Too many failed sign-ins");
        System.out.println("[sign-in] locked out after 5 failures, for an existing and an unknown name alike");
    }

    @Test
    void aSuccessfulSignInResetsTheCount() throws Exception {
        accounts.create("forgetful", "forgetful-password", Role.EDITOR);
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn("forgetful", "guess-" + attempt);
        }
        assertThat(signIn("forgetful", "forgetful-password").getRedirectedUrl()).isEqualTo("/");
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn("forgetful", "guess-" + attempt);
        }
        assertThat(signIn("forgetful", "forgetful-password").getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void signingInIssuesANewSessionIdentifier() throws Exception {
        accounts.create("fixation", "fixation-password", Role.EDITOR);
        MockHttpServletResponse loginPage =
                mvc.perform(get("/login")).andReturn().getResponse();
        Cookie before = loginPage.getCookie("SESSION");
        assertThat(before)
                .as("the sign-in form opens a session for its CSRF token")
                .isNotNull();
        String token = Jsoup.parse(loginPage.getContentAsString())
                .select("input[name=_csrf]")
                .val();

        MockHttpServletResponse signedIn = mvc.perform(post("/login")
                        .cookie(before)
                        .param("_csrf", token)
                        .param("username", "fixation")
                        .param("password", "fixation-password"))
                .andReturn()
                .getResponse();

        assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");
        Cookie after = signedIn.getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).as("session fixation protection").isNotEqualTo(before.getValue());
        assertThat(signedIn.getHeaders("Set-Cookie"))
                .anySatisfy(header -> assertThat(header).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void anAdminCreatesAnEditorWhoCanSignInAndDisablesThem() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/admin/accounts")
                        .with(user("chief").roles("ADMIN", "EDITOR"))
                        .with(csrf())
                        .param("username", "new-editor")
                        .param("password", "new-editor-password")
                        .param("role", "EDITOR"))
                .andReturn()
                .getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/accounts");
        assertThat(signIn("new-editor", "new-editor-password").getRedirectedUrl())
                .isEqualTo("/");

        long id = jdbc.queryForObject("select id from account where username = 'new-editor'", Long.class);
        mvc.perform(post("/admin/accounts/" + id + "/disable")
                .with(user("chief").roles("ADMIN", "EDITOR"))
                .with(csrf()));

        assertThat(signIn("new-editor", "new-editor-password").getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void anAdminFormRefusesAShortPasswordAndATakenNameAndCreatesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from account", Integer.class);

        var shortPassword = Jsoup.parse(mvc.perform(post("/admin/accounts")
                        .with(user("chief").roles("ADMIN", "EDITOR"))
                        .with(csrf())
                        .param("username", "brief")
                        .param("password", "short")
                        .param("role", "EDITOR"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var taken = Jsoup.parse(mvc.perform(post("/admin/accounts")
                        .with(user("chief").roles("ADMIN", "EDITOR"))
                        .with(csrf())
                        .param("username", "CHIEF")
                        .param("password", "long-enough-password")
                        .param("role", "EDITOR"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(shortPassword.select(".field-error").text()).contains("at least 12 characters");
        assertThat(taken.select(".field-error").text()).contains("That username is taken.");
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void everyUserChangesTheirOwnPassword() throws Exception {
        accounts.create("changer", "changer-old-password", Role.EDITOR);

        var wrong = Jsoup.parse(mvc.perform(post("/account/password")
                        .with(user("changer").roles("EDITOR"))
                        .with(csrf())
                        .param("currentPassword", "not-it")
                        .param("newPassword", "changer-new-password")
                        .param("repeatPassword", "changer-new-password"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(wrong.select(".field-error").text()).contains("not your current password");

        MockHttpServletResponse changed = mvc.perform(post("/account/password")
                        .with(user("changer").roles("EDITOR"))
                        .with(csrf())
                        .param("currentPassword", "changer-old-password")
                        .param("newPassword", "changer-new-password")
                        .param("repeatPassword", "changer-new-password"))
                .andReturn()
                .getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(signIn("changer", "changer-old-password").getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(signIn("changer", "changer-new-password").getRedirectedUrl()).isEqualTo("/");
    }

    private MockHttpServletResponse signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn()
                .getResponse();
    }
}
