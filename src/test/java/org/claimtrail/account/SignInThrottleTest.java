package org.claimtrail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.claimtrail.testapp.MutableClock;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Guessing stays expensive, and nobody gets a button that locks an editor out: failures lock the
 * address they come from for a short while only, and failures from everywhere only slow a name
 * down. One canonical spelling of a name for counting, and no password longer than bcrypt reads.
 */
@IsolatedDatabase
@SpringBootTest(
        properties = {
            "claimtrail.sign-in.max-failures=5",
            "claimtrail.sign-in.lockout=5m",
            "claimtrail.sign-in.account-failures=20",
            "claimtrail.sign-in.account-max-delay=60s"
        })
@AutoConfigureMockMvc
class SignInThrottleTest {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        }
    }

    private static final String ATTACKER = "203.0.113.66";
    private static final String EDITORS_DESK = "198.51.100.7";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void failuresFromOneAddressLockThatAddressBrieflyAndNotTheEditor() throws Exception {
        accounts.create("targeted", "targeted-password", Role.EDITOR);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn("targeted", "guess-" + attempt, ATTACKER)).isEqualTo("/login?error");
        }
        assertThat(signIn("targeted", "targeted-password", ATTACKER))
                .as("the attacker's address is locked")
                .isEqualTo("/login?locked");
        assertThat(signIn("targeted", "targeted-password", EDITORS_DESK))
                .as("the editor elsewhere is not")
                .isEqualTo("/");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(signIn("targeted", "targeted-password", ATTACKER))
                .as("the lock is short")
                .isEqualTo("/");
        System.out.println("[sign-in] 5 failures locked the attacker's address for 5 minutes; the editor signed in "
                + "from another address meanwhile");
    }

    @Test
    void failuresFromManyAddressesSlowTheNameDownButNeverLockItOut() throws Exception {
        accounts.create("spread", "spread-password-1", Role.EDITOR);
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(signIn("spread", "guess", "203.0.113." + attempt)).isEqualTo("/login?error");
        }
        assertThat(signIn("spread", "spread-password-1", EDITORS_DESK))
                .as("the 21st attempt waits a second")
                .isEqualTo("/login?wait");
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("spread", "spread-password-1", EDITORS_DESK))
                .as("then it goes through")
                .isEqualTo("/");

        for (int attempt = 1; attempt <= 40; attempt++) {
            signIn("spread", "guess", "192.0.2." + attempt);
            clock.advance(Duration.ofSeconds(61));
        }
        assertThat(signIn("spread", "guess", "192.0.2.200")).isEqualTo("/login?error");
        assertThat(signIn("spread", "spread-password-1", EDITORS_DESK))
                .as("the delay doubles")
                .isEqualTo("/login?wait");
        clock.advance(Duration.ofSeconds(60));
        assertThat(signIn("spread", "spread-password-1", EDITORS_DESK))
                .as("however long the attack, the editor waits at most the maximum delay")
                .isEqualTo("/");
        System.out.println("[sign-in] 60 failures from 60 addresses: each further attempt on the name waited "
                + "at most 60 s; the editor signed in after the wait");
    }

    @Test
    void oneSpellingOfANameCountsAndIsTheOnlyOneThatSignsIn() throws Exception {
        accounts.create("lockie", "lockie-password", Role.EDITOR);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(attempt % 2 == 0 ? "LOCKIE" : " Lockie ", "guess-" + attempt, ATTACKER);
        }
        assertThat(signIn("lockie", "lockie-password", ATTACKER))
                .as("case variants share one count")
                .isEqualTo("/login?locked");
        // Java lower-cases U+0130 to "i̇" (two characters), PostgreSQL's lower() to "i": it found the
        // account while the throttle counted another name.
        assertThat(signIn("lock\u0130e", "lockie-password", ATTACKER)).isEqualTo("/login?error");
        assertThat(signIn("lock\u0131e", "lockie-password", ATTACKER)).isEqualTo("/login?error");
        assertThat(signIn("ＬＯＣＫＩＥ", "lockie-password", ATTACKER)).isEqualTo("/login?error");
        assertThat(jdbc.queryForList("select username_key from sign_in_failure", String.class))
                .containsOnly("lockie");
        assertThat(jdbc.queryForObject("select username from account where username = 'lockie'", String.class))
                .isEqualTo("lockie");
    }

    @Test
    void aPasswordLongerThanBcryptReadsNeverSignsIn() throws Exception {
        String seventyTwoBytes = "p".repeat(60) + "ä".repeat(6);
        assertThat(seventyTwoBytes.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        accounts.create("longpass", seventyTwoBytes, Role.EDITOR);

        assertThat(signIn("longpass", seventyTwoBytes + "anything at all", EDITORS_DESK))
                .isEqualTo("/login?error");
        assertThat(signIn("longpass", seventyTwoBytes + "x", EDITORS_DESK)).isEqualTo("/login?error");
        assertThat(signIn("longpass", seventyTwoBytes, EDITORS_DESK)).isEqualTo("/");
    }

    private String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", username)
                        .param("password", password)
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
