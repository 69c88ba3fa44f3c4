package org.claimtrail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Names no account can have (blank, over 60 characters, anything but ASCII letters, digits, dots,
 * dashes and underscores) are refused like a wrong password without touching the database: no
 * look-up, and no failure counted under a spelling no account has.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class SignInGuardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void impossibleNamesAreRefusedWithoutAQuery() throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        // (Control characters are covered over real HTTP by HostileInputIT; MockMvc drops them on the way.)
        for (String name :
                List.of("x".repeat(61), "y".repeat(100_000), " ", "lock\u0130e", "ab", "anna smith", "ａｎｎａ")) {
            statistics.clear();
            String location = mvc.perform(formLogin().user(name).password("any password at all"))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(location)
                    .as("sign-in as " + name.length() + " characters")
                    .isEqualTo("/login?error");
            assertThat(statistics.getPrepareStatementCount())
                    .as("account look-ups for an impossible name")
                    .isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure", Integer.class))
                .isZero();
    }
}
